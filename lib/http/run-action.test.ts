import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetConfigForTests } from "@/lib/config/env";
import { FieldValidationError } from "@/lib/incidents/errors";
import { incidentEventCreateSchema } from "@/lib/incidents/incident-schemas";

/** Server actions read the request's headers through next/headers; here they are whatever each test sets. */
const incoming = { headers: new Headers() };
vi.mock("next/headers", () => ({ headers: async () => incoming.headers }));
const { runAction } = await import("./run-action");

const sameSite = () => new Headers({ host: "triage.test", origin: "http://triage.test" });

describe("runAction", () => {
  beforeEach(() => {
    incoming.headers = sameSite();
    // No database in unit tests: the write limit (a bucket in the database) is off here; tests/db/rate-limits.test.ts covers it.
    process.env.TRIAGE_RATE_LIMIT_WRITES = "0";
    resetConfigForTests();
  });
  afterEach(() => {
    delete process.env.TRIAGE_RATE_LIMIT_WRITES;
    resetConfigForTests();
    vi.restoreAllMocks();
  });

  it("returns the result, given the request context", async () => {
    expect(await runAction("test", async (ctx) => [ctx.channel, ctx.actor.kind])).toEqual({ ok: true, data: ["web", "anonymous"] });
  });

  it("returns schema and domain errors with their fields, as the API does", async () => {
    expect(await runAction("test", async () => incidentEventCreateSchema.parse({ author: "a", message: "" }))).toEqual({
      ok: false,
      status: 400,
      error: { code: "invalid_input", message: "message: Note is required", fields: { message: "Note is required" } },
    });
    expect(await runAction("test", async () => Promise.reject(new FieldValidationError({ runbooks: "No runbook" })))).toMatchObject({
      ok: false,
      status: 400,
      error: { fields: { runbooks: "No runbook" } },
    });
  });

  it.each([
    ["no Origin", new Headers({ host: "triage.test" })],
    ["a foreign Origin", new Headers({ host: "triage.test", origin: "https://evil.example" })],
    ["a forwarded host from an untrusted peer", new Headers({ host: "triage.test", origin: "https://evil.example", "x-forwarded-host": "evil.example", "x-triage-peer": "192.0.2.7" })],
  ])("refuses %s with 403 before the action runs", async (_why, headers) => {
    incoming.headers = headers;
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const action = vi.fn(async () => 1);
    expect(await runAction("test", action)).toMatchObject({ ok: false, status: 403, error: { code: "forbidden" } });
    expect(action).not.toHaveBeenCalled();
  });
});
