import { describe, expect, it } from "vitest";
import type { IncidentDetailDto } from "@/lib/incidents/incident-dto";
import { applyPatch, pendingNote } from "./optimistic";

const now = new Date("2026-11-20T12:00:00.000Z");
const base: IncidentDetailDto = {
  id: 1,
  title: "t",
  severity: "SEV3",
  status: "open",
  service: "s",
  environment: "e",
  host: null,
  namespace: null,
  source: "manual",
  phenomenon: "",
  cause: "",
  fix: "",
  result: "",
  reporter: "r",
  startedAt: "2026-11-20T10:00:00.000Z",
  detectedAt: null,
  mitigatedAt: null,
  resolvedAt: null,
  createdAt: "2026-11-20T10:00:00.000Z",
  updatedAt: "2026-11-20T10:00:00.000Z",
  version: 1,
  alertname: null,
  fingerprint: null,
  alertLabels: null,
  runbooks: ["a"],
  runbookLinks: [{ slug: "a", fixWorked: null, linkedAt: "2026-11-20T10:00:00.000Z" }],
  timeToResolveMs: null,
  events: [],
};

describe("applyPatch", () => {
  it("mitigating sets the time once", () => {
    expect(applyPatch(base, { status: "mitigated" }, now)).toMatchObject({ status: "mitigated", mitigatedAt: now.toISOString() });
    const earlier = { ...base, status: "open" as const, mitigatedAt: "2026-11-20T11:00:00.000Z" };
    expect(applyPatch(earlier, { status: "mitigated" }, now).mitigatedAt).toBe("2026-11-20T11:00:00.000Z");
  });

  it("resolving sets the time, the result and the time to resolve; reopening clears them but keeps mitigatedAt", () => {
    const resolved = applyPatch({ ...base, mitigatedAt: "2026-11-20T11:00:00.000Z" }, { status: "resolved", result: "fixed" }, now);
    expect(resolved).toMatchObject({ status: "resolved", result: "fixed", resolvedAt: now.toISOString(), timeToResolveMs: 2 * 3600_000 });
    expect(applyPatch(resolved, { status: "open" }, now)).toMatchObject({ status: "open", resolvedAt: null, timeToResolveMs: null, mitigatedAt: "2026-11-20T11:00:00.000Z" });
  });

  it("replaces runbook links, keeping feedback of the ones that stay", () => {
    const withFeedback = applyPatch(base, { runbookFeedback: [{ slug: "a", fixWorked: true }] }, now);
    const relinked = applyPatch(withFeedback, { runbooks: ["a", "b"] }, now);
    expect(relinked.runbooks).toEqual(["a", "b"]);
    expect(relinked.runbookLinks).toEqual([
      { slug: "a", fixWorked: true, linkedAt: "2026-11-20T10:00:00.000Z" },
      { slug: "b", fixWorked: null, linkedAt: now.toISOString() },
    ]);
  });

  it("does not touch the cached object", () => {
    applyPatch(base, { status: "resolved", result: "x" }, now);
    expect(base.status).toBe("open");
  });
});

it("pendingNote has a negative id", () => {
  expect(pendingNote("ana", "hi", now)).toEqual({ id: -now.getTime(), kind: "note_added", at: now.toISOString(), author: "ana", via: "web", message: "hi" });
});
