import { describe, expect, it } from "vitest";
import { incidentCreateSchema } from "@/lib/incidents/incident-schemas";
import { datetimeLocalToIso, isoToDatetimeLocal, toDatetimeLocal } from "./datetime";
import { emptyFormValues, formValuesFromIncident, pickChanged, rebaseFormValues, toCreateInput, toUpdateInput, type IncidentFieldName, type IncidentFormValues } from "./form-values";
import type { IncidentDto } from "@/lib/incidents/incident-dto";

const incident: IncidentDto = {
  id: 7,
  title: "etcd slow",
  severity: "SEV2",
  status: "mitigated",
  service: "etcd",
  environment: "prod",
  host: null,
  namespace: null,
  source: "manual",
  phenomenon: "p",
  cause: "",
  fix: "",
  result: "",
  reporter: "ana",
  startedAt: "2026-11-20T10:00:00.000Z",
  detectedAt: null,
  mitigatedAt: "2026-11-20T11:00:00.000Z",
  resolvedAt: null,
  createdAt: "2026-11-20T10:05:00.000Z",
  updatedAt: "2026-11-20T11:00:00.000Z",
  version: 3,
  alertname: null,
  fingerprint: null,
  alertLabels: null,
  runbooks: ["pod-pending"],
  runbookLinks: [{ slug: "pod-pending", fixWorked: null, linkedAt: "2026-11-20T10:05:00.000Z" }],
  timeToResolveMs: null,
};

describe("datetime-local conversion", () => {
  it("round-trips an ISO time through the browser's wall clock", () => {
    expect(datetimeLocalToIso(isoToDatetimeLocal("2026-11-20T10:00:00.000Z"))).toBe("2026-11-20T10:00:00.000Z");
    expect(toDatetimeLocal(new Date(2026, 0, 2, 3, 4))).toBe("2026-01-02T03:04");
  });

  it.each([
    ["", undefined],
    ["  ", undefined],
    ["not a time", "not a time"],
  ])("%j → %j", (value, expected) => {
    expect(datetimeLocalToIso(value)).toBe(expected);
  });
});

describe("toCreateInput", () => {
  it("produces what the shared schema accepts, as source manual", () => {
    const values = { ...emptyFormValues(["pod-pending"]), title: "t", severity: "SEV3" as const, service: "s", environment: "e", reporter: "r", startedAt: "2026-11-20T10:00" };
    const input = toCreateInput(values);
    expect(input.source).toBe("manual");
    expect(input.startedAt).toMatch(/Z$/);
    expect(incidentCreateSchema.safeParse(input).success).toBe(true);
  });

  it("leaves status times to the server unless the status has them", () => {
    const values = { ...emptyFormValues(), status: "open" as const, mitigatedAt: "2026-11-20T10:00", resolvedAt: "2026-11-20T11:00" };
    expect(toCreateInput(values)).toMatchObject({ mitigatedAt: null, resolvedAt: null });
  });

  it("lets the schema report a missing severity and start time", () => {
    const result = incidentCreateSchema.safeParse(toCreateInput(emptyFormValues()));
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["title", "severity", "service", "environment", "startedAt", "reporter"]));
  });
});

describe("pickChanged", () => {
  const baseline = toUpdateInput(formValuesFromIncident(incident));

  it("sends nothing when nothing changed", () => {
    expect(pickChanged(toUpdateInput(formValuesFromIncident(incident)), baseline)).toEqual({});
  });

  it("sends only the changed fields", () => {
    const values = { ...formValuesFromIncident(incident), title: "etcd very slow", runbooks: [], host: "n1" };
    expect(pickChanged(toUpdateInput(values), baseline)).toEqual({ title: "etcd very slow", runbooks: [], host: "n1" });
  });
});

describe("rebaseFormValues", () => {
  const opened = formValuesFromIncident(incident);
  const theirs = { ...opened, service: "etcd-cluster", cause: "slow disk" };

  it.each<[string, Partial<IncidentFormValues>, Partial<IncidentFormValues>, IncidentFieldName[]]>([
    ["nothing typed: the stored version as it is", {}, { service: "etcd-cluster", cause: "slow disk" }, []],
    ["only my edit: kept, theirs taken", { title: "etcd very slow" }, { title: "etcd very slow", service: "etcd-cluster", cause: "slow disk" }, []],
    ["both changed a field differently: mine kept and flagged", { service: "etcd-main" }, { service: "etcd-main", cause: "slow disk" }, ["service"]],
    ["both changed a field to the same value: kept, not flagged", { service: "etcd-cluster" }, { service: "etcd-cluster", cause: "slow disk" }, []],
    ["a list: my runbooks kept", { runbooks: [] }, { runbooks: [], service: "etcd-cluster", cause: "slow disk" }, []],
  ])("%s", (_, typedChanges, expectedChanges, overlapping) => {
    const typed = { ...opened, ...typedChanges };
    const rebased = rebaseFormValues(typed, opened, theirs);
    expect(rebased.values).toEqual({ ...opened, ...expectedChanges });
    expect(rebased.kept).toEqual(Object.keys(typedChanges));
    expect(rebased.overlapping).toEqual(overlapping);
  });

  it("what the user kept is what the next save sends, against the stored version", () => {
    const typed = { ...opened, title: "etcd very slow" };
    const { values } = rebaseFormValues(typed, opened, theirs);
    expect(pickChanged(toUpdateInput(values), toUpdateInput(theirs))).toEqual({ title: "etcd very slow" });
  });
});
