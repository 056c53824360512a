import { describe, expect, it } from "vitest";
import { incidentDraftFrom } from "./build-incident";
import type { IncidentStatus } from "./incident-schemas";

const started = new Date("2026-11-20T10:00:00Z");
const now = new Date("2026-11-22T08:00:00Z");
const given = new Date("2026-11-21T09:00:00Z");

function input(status: IncidentStatus, times: { mitigatedAt?: Date; resolvedAt?: Date; startedAt?: Date } = {}) {
  return {
    title: "Disk full on db-1",
    severity: "SEV2" as const,
    status,
    service: "postgres",
    environment: "prod",
    source: "manual" as const,
    phenomenon: "No space left on device",
    cause: "",
    fix: "",
    result: "",
    startedAt: times.startedAt ?? started,
    mitigatedAt: times.mitigatedAt,
    resolvedAt: times.resolvedAt,
    runbooks: [],
  };
}

describe("incidentDraftFrom: the status-time rule shared by the form, the API and imports", () => {
  it.each([
    ["open, no times", input("open"), { mitigatedAt: null, resolvedAt: null }],
    ["mitigated without a time: now", input("mitigated"), { mitigatedAt: now, resolvedAt: null }],
    ["mitigated with its time: kept", input("mitigated", { mitigatedAt: given }), { mitigatedAt: given, resolvedAt: null }],
    ["resolved without a time: now", input("resolved"), { mitigatedAt: null, resolvedAt: now }],
    ["resolved with its time: kept", input("resolved", { resolvedAt: given }), { mitigatedAt: null, resolvedAt: given }],
    ["open drops a resolution time", input("open", { resolvedAt: given }), { mitigatedAt: null, resolvedAt: null }],
    // A start in the future (clock skew): the status time is never before the start.
    ["resolved, start after now: the start", input("resolved", { startedAt: new Date("2026-11-23T00:00:00Z") }), { resolvedAt: new Date("2026-11-23T00:00:00Z") }],
  ])("%s", (_name, value, expected) => {
    expect(incidentDraftFrom(value, "alice", now)).toMatchObject(expected);
  });

  it("takes the reporter given, the creation time and an import's alert name", () => {
    const draft = incidentDraftFrom({ ...input("open"), source: "alertmanager", alertname: "KubePodCrashLooping" }, "bob", now);
    expect(draft).toMatchObject({ reporter: "bob", createdAt: now, source: "alertmanager", alertname: "KubePodCrashLooping", host: null, namespace: null, detectedAt: null });
  });
});
