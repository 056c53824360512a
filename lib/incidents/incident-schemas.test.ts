import { describe, expect, it } from "vitest";
import { z } from "zod";
import { anonymousIncidentCreateSchema, incidentCreateSchema, incidentEventCreateSchema, incidentExportQuerySchema, incidentListQuerySchema, incidentUpdateSchema } from "./incident-schemas";

/** What a form submits: strings everywhere, "" for empty optional fields. */
const form = {
  title: "Checkout 502s",
  severity: "SEV2",
  status: "open",
  service: "checkout",
  environment: "prod-eks-1",
  host: "",
  startedAt: "2026-11-20T08:00:00.000Z",
  detectedAt: "",
  reporter: "alice",
  phenomenon: "502 from the ingress",
  cause: "",
  fix: "",
  result: "",
  runbooks: ["pod-crashloopbackoff"],
  source: "manual",
} as const;

function fieldErrors(result: { success: boolean; error?: z.ZodError }): Record<string, string> {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

describe("incidentCreateSchema", () => {
  it("turns form strings into what the domain stores", () => {
    const parsed = incidentCreateSchema.parse(form);
    expect(parsed).toMatchObject({ host: null, detectedAt: null, source: "manual", status: "open" });
    expect(parsed.startedAt).toEqual(new Date("2026-11-20T08:00:00Z"));
  });

  it("defaults an API call's optional fields", () => {
    const parsed = incidentCreateSchema.parse({ title: "t", severity: "SEV4", service: "s", environment: "e", reporter: "r", startedAt: "2026-11-20T08:00:00+01:00" });
    expect(parsed).toMatchObject({ status: "open", source: "api", runbooks: [], phenomenon: "", result: "" });
    expect(parsed.startedAt.toISOString()).toBe("2026-11-20T07:00:00.000Z");
    expect(parsed.host).toBeUndefined();
  });

  it("reports every field problem at once, with human messages (the anonymous form also asks for the reporter)", () => {
    const broken = { ...form, title: "  ", severity: "P1", service: "", startedAt: "", reporter: undefined };
    const { reporter: _required, ...known } = fieldErrors(anonymousIncidentCreateSchema.safeParse(broken));
    expect(fieldErrors(incidentCreateSchema.safeParse(broken))).toEqual(known);
    const result = anonymousIncidentCreateSchema.safeParse(broken);
    expect(fieldErrors(result)).toEqual({
      title: "Title is required",
      severity: "Severity must be one of SEV1, SEV2, SEV3, SEV4",
      service: "Service is required",
      startedAt: "Started at is required",
      reporter: "Reporter is required",
    });
  });

  it("a value of the wrong type says so; only a missing one is \"required\" (\"service\": 42 said \"Service is required\")", () => {
    expect(fieldErrors(incidentCreateSchema.safeParse({ ...form, service: 42, title: ["a"], startedAt: 1_700_000_000 }))).toEqual({
      service: "Service must be text",
      title: "Title must be text",
      startedAt: "Started at must be a date and time with a time zone, like 2026-11-22T10:15:00Z",
    });
    const { service: _s, startedAt: _t, ...missing } = form;
    expect(fieldErrors(incidentCreateSchema.safeParse({ ...missing, environment: null }))).toEqual({
      service: "Service is required",
      environment: "Environment is required",
      startedAt: "Started at is required",
    });
  });

  it("asks for a time zone on times", () => {
    expect(fieldErrors(incidentCreateSchema.safeParse({ ...form, startedAt: "2026-11-20T08:00" })).startedAt).toMatch(/^Started at must be a date and time/);
  });

  it("requires a result to log a resolved incident, alongside unrelated errors", () => {
    const errors = fieldErrors(incidentCreateSchema.safeParse({ ...form, title: "", status: "resolved", result: "  " }));
    expect(Object.keys(errors).sort()).toEqual(["result", "title"]);
    expect(incidentCreateSchema.safeParse({ ...form, status: "resolved", result: "Rolled back" }).success).toBe(true);
  });

  it("refuses times out of order or in the future", () => {
    const future = new Date(Date.now() + 3600_000).toISOString();
    expect(fieldErrors(incidentCreateSchema.safeParse({ ...form, startedAt: future }))).toEqual({ startedAt: "Started at cannot be in the future" });
    expect(fieldErrors(incidentCreateSchema.safeParse({ ...form, detectedAt: "2026-11-20T07:59:00Z" }))).toEqual({ detectedAt: "Detected at cannot be before started at" });
    expect(fieldErrors(incidentCreateSchema.safeParse({ ...form, resolvedAt: "2026-11-20T09:00:00Z" }))).toEqual({ resolvedAt: "Resolved at needs status resolved" });
  });

  const resolved = { ...form, status: "resolved", result: "Rolled back" };
  const milestones: [string, Record<string, string>, Record<string, string>][] = [
    ["resolved before mitigated", { mitigatedAt: "2026-11-20T09:00:00Z", resolvedAt: "2026-11-20T08:30:00Z" }, { resolvedAt: "Resolved at cannot be before mitigated at" }],
    ["resolved at the moment of mitigation", { mitigatedAt: "2026-11-20T09:00:00Z", resolvedAt: "2026-11-20T09:00:00Z" }, {}],
    ["resolved after mitigation", { mitigatedAt: "2026-11-20T09:00:00Z", resolvedAt: "2026-11-20T09:30:00Z" }, {}],
    ["resolved without a mitigation", { resolvedAt: "2026-11-20T08:30:00Z" }, {}],
    ["both before the start: the start is named, not the order", { mitigatedAt: "2026-11-20T07:50:00Z", resolvedAt: "2026-11-20T07:40:00Z" }, {
      mitigatedAt: "Mitigated at cannot be before started at",
      resolvedAt: "Resolved at cannot be before started at",
    }],
  ];
  for (const [name, times, expected] of milestones) {
    it(`milestone order: ${name}`, () => expect(fieldErrors(incidentCreateSchema.safeParse({ ...resolved, ...times }))).toEqual(expected));
  }

  it("checks runbook slugs' shape, drops duplicates, and never lets the API claim the alertmanager source", () => {
    expect(fieldErrors(incidentCreateSchema.safeParse({ ...form, runbooks: ["Pod Pending"] }))).toEqual({ "runbooks.0": "Runbook slugs look like pod-pending" });
    expect(incidentCreateSchema.parse({ ...form, runbooks: ["pod-pending", "pod-pending"] }).runbooks).toEqual(["pod-pending"]);
    expect(fieldErrors(incidentCreateSchema.safeParse({ ...form, source: "alertmanager" }))).toHaveProperty("source");
  });
});

describe("incidentUpdateSchema", () => {
  it("keeps absent fields absent and turns empty optional ones into null", () => {
    expect(incidentUpdateSchema.parse({ host: "", detectedAt: null })).toEqual({ host: null, detectedAt: null });
    expect(incidentUpdateSchema.parse({ status: "mitigated", version: 3, author: "bob" })).toEqual({ status: "mitigated", version: 3, author: "bob" });
  });

  it("refuses an empty patch (version and author alone change nothing)", () => {
    for (const patch of [{}, { version: 2 }, { author: "bob" }, { unknownField: 1 }]) {
      const result = incidentUpdateSchema.safeParse(patch);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].message).toMatch(/^Nothing to update/);
    }
  });

  it("validates the pieces", () => {
    expect(fieldErrors(incidentUpdateSchema.safeParse({ title: "", version: 0, runbookFeedback: [{ slug: "pod-pending", fixWorked: "yes" }] }))).toEqual({
      title: "Title is required",
      version: "Version must be positive",
      "runbookFeedback.0.fixWorked": "fixWorked must be true, false or null",
    });
  });
});

describe("incidentUpdateSchema: runbook feedback", () => {
  it("one answer per runbook (two opposite answers were accepted and the last won)", () => {
    const twice = incidentUpdateSchema.safeParse({ runbookFeedback: [{ slug: "pod-pending", fixWorked: true }, { slug: "pod-pending", fixWorked: false }] });
    expect(fieldErrors(twice)).toEqual({ runbookFeedback: "Runbook feedback names a runbook twice: give one answer per runbook" });
    expect(incidentUpdateSchema.safeParse({ runbookFeedback: [{ slug: "pod-pending", fixWorked: true }, { slug: "oom-killer", fixWorked: null }] }).success).toBe(true);
  });
});

describe("incidentEventCreateSchema", () => {
  it("needs an author and a message", () => {
    expect(fieldErrors(incidentEventCreateSchema.safeParse({ author: "", message: " " }))).toEqual({ author: "Author is required", message: "Note is required" });
  });
});

describe("incidentListQuerySchema", () => {
  it("reads repeated and comma-separated lists, dropping duplicates", () => {
    const query = incidentListQuerySchema.parse({ status: ["open,mitigated", "open"], severity: "SEV1" });
    expect(query).toMatchObject({ status: ["open", "mitigated"], severity: ["SEV1"], sort: "startedAt", order: "desc", limit: 25 });
  });

  it("takes a date as a whole UTC day and a date-time as given", () => {
    expect(incidentListQuerySchema.parse({ from: "2026-11-01", to: "2026-11-30" })).toMatchObject({
      from: new Date("2026-11-01T00:00:00.000Z"),
      to: new Date("2026-11-30T23:59:59.999Z"),
    });
    expect(incidentListQuerySchema.parse({ to: "2026-11-30T12:00:00+01:00" }).to).toEqual(new Date("2026-11-30T11:00:00Z"));
  });

  it.each([
    [{ status: "closed" }, "status.0"],
    [{ sort: "priority" }, "sort"],
    [{ limit: "0" }, "limit"],
    [{ limit: "101" }, "limit"],
    [{ limit: "ten" }, "limit"],
    // Number() reads these as 16, 10 and 0: a typo must not fetch a different page size.
    [{ limit: "0x10" }, "limit"],
    [{ limit: "1e1" }, "limit"],
    [{ limit: "" }, "limit"],
    [{ from: "last week" }, "from"],
    [{ from: "2026-11-02", to: "2026-11-01" }, "to"],
    [{ q: ["a", "b"] }, "q"],
  ])("refuses %j at %s", (input, field) => {
    expect(Object.keys(fieldErrors(incidentListQuerySchema.safeParse(input)))).toEqual([field]);
  });

  it("export adds the format", () => {
    expect(incidentExportQuerySchema.parse({}).format).toBe("csv");
    expect(fieldErrors(incidentExportQuerySchema.safeParse({ format: "xlsx" }))).toEqual({ format: "format must be csv or json" });
  });

  // A repeated parameter arrives as a list (searchParamsToRecord): limit=10&limit=10 was "limit must be a whole number",
  // sort=title&sort=title "sort must be one of …". Every parameter that takes one value says so, as the text ones did.
  const SINGLE_VALUED: [name: string, value: string][] = [
    ["limit", "10"],
    ["sort", "title"],
    ["order", "asc"],
    ["fixWorked", "true"],
    ["hasAlert", "true"],
    ["hasRunbook", "false"],
    ["service", "checkout"],
    ["runbook", "oom-killer"],
    ["alertname", "KubePodCrashLooping"],
    ["q", "disk"],
    ["similar", "disk full"],
    ["from", "2026-11-01"],
    ["to", "2026-11-30"],
    ["cursor", "abc"],
  ];
  it("every single-valued parameter given twice (even the same value twice) must be given once", () => {
    for (const [name, value] of SINGLE_VALUED) expect(incidentListQuerySchema.safeParse({ [name]: value }).success, `${name}=${value} is valid`).toBe(true);
    const answers = Object.fromEntries(SINGLE_VALUED.map(([name, value]) => [name, fieldErrors(incidentListQuerySchema.safeParse({ [name]: [value, value] }))[name]]));
    expect(answers).toEqual(Object.fromEntries(SINGLE_VALUED.map(([name]) => [name, `${name} must be given once`])));
  });

  it("export: format given twice must be given once; a bad single value keeps its own message", () => {
    expect(fieldErrors(incidentExportQuerySchema.safeParse({ format: ["csv", "json"] }))).toEqual({ format: "format must be given once" });
    expect(fieldErrors(incidentExportQuerySchema.safeParse({ sort: ["title", "title"] }))).toEqual({ sort: "sort must be given once" });
    expect(fieldErrors(incidentListQuerySchema.safeParse({ sort: "priority" }))).toEqual({ sort: expect.stringContaining("sort must be one of") });
    expect(fieldErrors(incidentListQuerySchema.safeParse({ limit: "ten" }))).toEqual({ limit: "limit must be a whole number" });
  });
});
