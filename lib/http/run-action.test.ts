import { describe, expect, it } from "vitest";
import { FieldValidationError } from "@/lib/incidents/errors";
import { incidentEventCreateSchema } from "@/lib/incidents/incident-schemas";
import { runAction } from "./run-action";

describe("runAction", () => {
  it("returns the result", async () => {
    expect(await runAction("test", async () => 42)).toEqual({ ok: true, data: 42 });
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
});
