import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ConflictError, FieldValidationError, NotFoundError } from "@/lib/incidents/errors";
import { toErrorResponseBody } from "./error-body";
import { HttpError } from "./http-error";

describe("toErrorResponseBody", () => {
  afterEach(() => vi.restoreAllMocks());

  it("zod errors: 400 with every field and a summary naming the first", () => {
    const result = z.object({ title: z.string().min(1, "Title is required"), alerts: z.array(z.object({ startsAt: z.string("bad time") })) }).safeParse({ title: "", alerts: [{}] });
    expect(toErrorResponseBody(result.error, "test")).toEqual({
      status: 400,
      headers: {},
      body: { error: { code: "invalid_input", message: "title: Title is required (and 1 more problem)", fields: { title: "Title is required", "alerts.0.startsAt": "bad time" } } },
    });
  });

  it("the domain's field errors are summarised like the schema's, naming the field (they gave the bare message)", () => {
    expect(toErrorResponseBody(new FieldValidationError({ resolvedAt: "Resolved at cannot be before started at" }), "test").body.error.message).toBe(
      "resolvedAt: Resolved at cannot be before started at",
    );
    expect(toErrorResponseBody(new FieldValidationError({ startedAt: "Started at cannot be in the future", detectedAt: "x", result: "y" }), "test").body.error.message).toBe(
      "startedAt: Started at cannot be in the future (and 2 more problems)",
    );
  });

  it.each([
    [new FieldValidationError({ runbooks: "No runbook" }), 400, "invalid_input", { runbooks: "No runbook" }],
    [new NotFoundError("Incident 9 not found"), 404, "not_found", {}],
    [new ConflictError(), 409, "conflict", {}],
    [new HttpError(415, "unsupported_media_type", "JSON please"), 415, "unsupported_media_type", {}],
  ])("%s → %i", (error, status, code, fields) => {
    const mapped = toErrorResponseBody(error, "test");
    expect(mapped.status).toBe(status);
    expect(mapped.body.error).toMatchObject({ code, fields, message: (error as Error).message });
  });

  it("anything else: 500 without details, logged", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const mapped = toErrorResponseBody(new Error("connection refused to 10.0.0.1"), "POST /api/incidents");
    expect(mapped.status).toBe(500);
    expect(JSON.stringify(mapped.body)).not.toContain("10.0.0.1");
    expect(log).toHaveBeenCalledWith("[triage] POST /api/incidents failed:", expect.any(Error));
  });
});
