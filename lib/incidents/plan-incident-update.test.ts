import { describe, expect, it } from "vitest";
import { FieldValidationError } from "./errors";
import { RESULT_REQUIRED_MESSAGE, incidentUpdateSchema } from "./incident-schemas";
import { planIncidentUpdate, type CurrentIncident } from "./plan-incident-update";

const started = new Date("2026-11-20T08:00:00Z");
const now = new Date("2026-11-20T10:00:00Z");
const exists = (slug: string) => ["pod-pending", "pod-crashloopbackoff", "pod-imagepullbackoff"].includes(slug);

const incident: CurrentIncident = {
  title: "Checkout 502s",
  severity: "SEV2",
  status: "open",
  service: "checkout",
  environment: "prod",
  host: null,
  namespace: null,
  phenomenon: "502s",
  cause: "",
  fix: "",
  result: "",
  reporter: "alice",
  startedAt: started,
  detectedAt: null,
  mitigatedAt: null,
  resolvedAt: null,
  alertname: null,
  runbooks: [{ runbookSlug: "pod-pending", fixWorked: null }],
};

const plan = (patch: unknown, current: CurrentIncident = incident) => planIncidentUpdate(current, incidentUpdateSchema.parse(patch), now, exists);

function fieldsOf(run: () => unknown): Record<string, string> {
  try {
    run();
  } catch (error) {
    if (error instanceof FieldValidationError) return error.fields;
    throw error;
  }
  throw new Error("expected a FieldValidationError");
}

describe("planIncidentUpdate: status transitions", () => {
  it("mitigating records the time once", () => {
    const p = plan({ status: "mitigated" });
    expect(p.data).toMatchObject({ status: "mitigated", mitigatedAt: now, resolvedAt: null });
    expect(p.events).toEqual([{ kind: "status_changed", message: "Status changed from open to mitigated" }]);
    const again = plan({ status: "mitigated" }, { ...incident, status: "open", mitigatedAt: new Date("2026-11-20T09:00:00Z") });
    expect(again.data.mitigatedAt).toEqual(new Date("2026-11-20T09:00:00Z"));
  });

  it("resolving needs a result, counting one sent in the same patch", () => {
    expect(fieldsOf(() => plan({ status: "resolved" }))).toEqual({ result: RESULT_REQUIRED_MESSAGE });
    expect(fieldsOf(() => plan({ status: "resolved", result: "   " }))).toEqual({ result: RESULT_REQUIRED_MESSAGE });
    const p = plan({ status: "resolved", result: "Rolled back" });
    expect(p.data).toMatchObject({ status: "resolved", resolvedAt: now, result: "Rolled back", resolveSeconds: 7200 });
    expect(p.events.map((e) => e.kind)).toEqual(["status_changed", "edited"]);
    expect(p.events[1].message).toBe("Edited result");
  });

  it("a resolved incident cannot lose its result", () => {
    const resolved = { ...incident, status: "resolved" as const, result: "Fixed", resolvedAt: now };
    expect(fieldsOf(() => plan({ result: "" }, resolved))).toEqual({ result: RESULT_REQUIRED_MESSAGE });
  });

  it("reopening clears resolvedAt and keeps mitigatedAt", () => {
    const mitigatedAt = new Date("2026-11-20T09:00:00Z");
    const resolved = { ...incident, status: "resolved" as const, result: "Fixed", mitigatedAt, resolvedAt: now };
    const p = plan({ status: "open" }, resolved);
    expect(p.data).toMatchObject({ status: "open", mitigatedAt, resolvedAt: null, resolveSeconds: null });
    expect(p.events).toEqual([{ kind: "status_changed", message: "Status changed from resolved to open" }]);
  });

  it("takes an explicit resolution time, and refuses one without status resolved", () => {
    expect(plan({ status: "resolved", result: "x", resolvedAt: "2026-11-20T09:30:00Z" }).data.resolveSeconds).toBe(5400);
    expect(fieldsOf(() => plan({ resolvedAt: "2026-11-20T09:30:00Z" }))).toEqual({ resolvedAt: "Resolved at needs status resolved" });
  });

  it("never records a status time before the start", () => {
    const p = plan({ status: "mitigated" }, { ...incident, startedAt: new Date(now.getTime() + 60_000) });
    expect(p.data.mitigatedAt).toEqual(new Date(now.getTime() + 60_000));
  });

  it("checks the merged times", () => {
    expect(fieldsOf(() => plan({ startedAt: "2026-11-20T09:00:00Z" }, { ...incident, detectedAt: new Date("2026-11-20T08:30:00Z") }))).toEqual({
      detectedAt: "Detected at cannot be before started at",
    });
  });
});

describe("planIncidentUpdate: edits, links and feedback", () => {
  it("names the changed fields in one edited event and re-tokenises them into searchTokens", () => {
    const p = plan({ title: "Checkout 503s", severity: "SEV1", service: "checkout", host: "" });
    expect(p.events).toEqual([{ kind: "edited", message: "Edited title, severity" }]);
    expect(p.data.searchTokens.startsWith("checkout 503s ")).toBe(true);
  });

  it("sets and clears the namespace", () => {
    const set = plan({ namespace: " shop " });
    expect(set.data.namespace).toBe("shop");
    expect(set.events).toEqual([{ kind: "edited", message: "Edited namespace" }]);
    const cleared = plan({ namespace: "" }, { ...incident, namespace: "shop" });
    expect(cleared.data.namespace).toBeNull();
    expect(cleared.events).toEqual([{ kind: "edited", message: "Edited namespace" }]);
    expect(plan({ namespace: null }).changed).toBe(false);
  });

  it("writes back only the model's editable fields, whatever else the row carries", () => {
    const row = { ...incident, id: 5, version: 3, createdAt: now, source: "api", fingerprint: null, searchTokens: "" };
    expect(Object.keys(plan({ title: "x" }, row).data).sort()).toEqual(
      ["title", "severity", "status", "service", "environment", "host", "namespace", "phenomenon", "cause", "fix", "result", "reporter", "startedAt", "detectedAt", "mitigatedAt", "resolvedAt", "searchTokens", "resolveSeconds", "detectSeconds", "mitigateSeconds", "titleKey"].sort(),
    );
  });

  it("a patch that repeats the stored values changes nothing", () => {
    const p = plan({ title: "Checkout 502s", status: "open", runbooks: ["pod-pending"] });
    expect(p.changed).toBe(false);
    expect(p.events).toEqual([]);
  });

  it("replaces the runbook set with link and unlink events", () => {
    const p = plan({ runbooks: ["pod-crashloopbackoff", "pod-imagepullbackoff"] });
    expect(p).toMatchObject({ changed: true, link: ["pod-crashloopbackoff", "pod-imagepullbackoff"], unlink: ["pod-pending"] });
    expect(p.events.map((e) => e.message)).toEqual(["Linked runbook pod-crashloopbackoff", "Linked runbook pod-imagepullbackoff", "Unlinked runbook pod-pending"]);
  });

  it("refuses unknown runbooks and feedback on runbooks that are not linked", () => {
    expect(fieldsOf(() => plan({ runbooks: ["pod-pending", "no-such-runbook"] }))).toEqual({ runbooks: 'No runbook "no-such-runbook": it may have been renamed or removed' });
    expect(fieldsOf(() => plan({ runbookFeedback: [{ slug: "pod-crashloopbackoff", fixWorked: true }] }))).toEqual({
      runbookFeedback: 'Runbook "pod-crashloopbackoff" is not linked to this incident',
    });
  });

  it("keeps a link whose runbook was removed since, as long as it is not added anew", () => {
    const stale = { ...incident, runbooks: [{ runbookSlug: "removed-runbook", fixWorked: null }] };
    expect(plan({ runbooks: ["removed-runbook", "pod-pending"] }, stale).link).toEqual(["pod-pending"]);
  });

  it("records feedback that changes, including on a runbook linked in the same patch", () => {
    const p = plan({ runbooks: ["pod-pending", "pod-crashloopbackoff"], runbookFeedback: [{ slug: "pod-crashloopbackoff", fixWorked: false }, { slug: "pod-pending", fixWorked: null }] });
    expect(p.feedback).toEqual([{ slug: "pod-crashloopbackoff", fixWorked: false }]);
    expect(p.events.at(-1)).toEqual({ kind: "runbook_feedback", message: "Runbook pod-crashloopbackoff: the fix did not work" });
  });
});

describe("planIncidentUpdate: times already stored", () => {
  // The webhook stores Alertmanager's times as sent; with its clock ahead of this server's, an
  // incident started "in the future", and PATCH {severity} was refused at startedAt and detectedAt.
  const ahead = new Date(now.getTime() + 60 * 60_000);
  const fromSkewedAlert: CurrentIncident = { ...incident, startedAt: ahead, detectedAt: ahead, alertname: "KubePodCrashLooping" };

  it("an unrelated edit is not refused for a time the caller did not send", () => {
    expect(plan({ severity: "SEV1" }, fromSkewedAlert).data).toMatchObject({ severity: "SEV1", startedAt: ahead });
  });

  it("milestone order: a PATCH moving the resolution before the mitigation is refused; stored history does not block other edits", () => {
    const mitigatedThenResolved: CurrentIncident = { ...incident, status: "resolved", result: "Rolled back", mitigatedAt: new Date("2026-11-20T09:00:00Z"), resolvedAt: new Date("2026-11-20T09:30:00Z") };
    expect(fieldsOf(() => plan({ resolvedAt: "2026-11-20T08:45:00Z" }, mitigatedThenResolved))).toEqual({ resolvedAt: "Resolved at cannot be before mitigated at" });
    expect(fieldsOf(() => plan({ mitigatedAt: "2026-11-20T09:45:00Z" }, mitigatedThenResolved))).toEqual({ resolvedAt: "Resolved at cannot be before mitigated at" });
    // Stored before the rule existed (or by an old import): an unrelated edit still goes through.
    const outOfOrder: CurrentIncident = { ...mitigatedThenResolved, resolvedAt: new Date("2026-11-20T08:45:00Z") };
    expect(plan({ severity: "SEV1" }, outOfOrder).data).toMatchObject({ severity: "SEV1" });
  });

  it("a time sent in the future is still refused, and so is one sent before the start", () => {
    const later = new Date(now.getTime() + 30 * 60_000).toISOString();
    expect(fieldsOf(() => plan({ detectedAt: later }))).toEqual({ detectedAt: "Detected at cannot be in the future" });
    expect(fieldsOf(() => plan({ startedAt: new Date(ahead.getTime() + 60_000).toISOString() }, fromSkewedAlert))).toEqual({
      startedAt: "Started at cannot be in the future",
      detectedAt: "Detected at cannot be before started at",
    });
  });
});
