import { describe, expect, it } from "vitest";
import { applyPatch } from "@/components/incidents/lib/optimistic";
import type { IncidentDetailDto } from "@/lib/incidents/incident-dto";
import { incidentUpdateSchema } from "@/lib/incidents/incident-schemas";
import { STATUSES, type IncidentStatus } from "@/lib/incidents/incident-vocabulary";
import { planIncidentUpdate, type CurrentIncident } from "@/lib/incidents/plan-incident-update";
import { statusTimes, timeToResolveMs } from "@/lib/incidents/status-times";

/**
 * The incident page shows a change before the server answers. What it shows
 * must be what PATCH stores: both apply statusTimes and runbookLinkChanges.
 * This runs status transitions and link patches through both and compares.
 */
const now = new Date("2026-11-20T12:00:00.000Z");
const iso = (d: Date | null) => d?.toISOString() ?? null;

function incidentIn(status: IncidentStatus, startedAt: string, mitigatedAt: string | null): CurrentIncident {
  const start = new Date(startedAt);
  return {
    title: "Checkout 502s", severity: "SEV2", status, service: "checkout", environment: "prod", host: null, namespace: null,
    phenomenon: "502s", cause: "", fix: "", result: "Rolled back", reporter: "alice", alertname: null, runbooks: [],
    startedAt: start, detectedAt: null,
    mitigatedAt: mitigatedAt ? new Date(mitigatedAt) : null,
    resolvedAt: status === "resolved" ? new Date(Math.max(start.getTime(), Date.parse("2026-11-20T11:30:00Z"))) : null,
  };
}

function asDto(c: CurrentIncident): IncidentDetailDto {
  return {
    ...c, id: 1, source: "manual", fingerprint: null, alertLabels: null, version: 1, events: [],
    startedAt: c.startedAt.toISOString(), detectedAt: iso(c.detectedAt), mitigatedAt: iso(c.mitigatedAt), resolvedAt: iso(c.resolvedAt),
    createdAt: c.startedAt.toISOString(), updatedAt: c.startedAt.toISOString(),
    runbooks: [], runbookLinks: [], timeToResolveMs: timeToResolveMs(c),
  };
}

describe("a status change: the page's optimistic view is what PATCH stores", () => {
  // Started long before now, and (within the allowed clock skew) just after it: a stamp is never before the start.
  for (const startedAt of ["2026-11-20T10:00:00.000Z", "2026-11-20T12:03:00.000Z"])
    for (const mitigatedAt of [null, "2026-11-20T11:00:00.000Z"])
      for (const from of STATUSES)
        for (const to of STATUSES) {
          if (from === to) continue;
          if (mitigatedAt && Date.parse(mitigatedAt) < Date.parse(startedAt)) continue;
          it(`${from} → ${to}, started ${startedAt.slice(11, 16)}, mitigated ${mitigatedAt?.slice(11, 16) ?? "never"}`, () => {
            const current = incidentIn(from, startedAt, mitigatedAt);
            const stored = planIncidentUpdate(current, incidentUpdateSchema.parse({ status: to }), now, () => true).data;
            const shown = applyPatch(asDto(current), { status: to }, now);
            expect({ mitigatedAt: shown.mitigatedAt, resolvedAt: shown.resolvedAt }).toEqual({ mitigatedAt: iso(stored.mitigatedAt), resolvedAt: iso(stored.resolvedAt) });
            expect(shown.timeToResolveMs).toBe(timeToResolveMs(stored));
            if (to === "resolved") expect(stored.resolvedAt!.getTime()).toBeGreaterThanOrEqual(current.startedAt.getTime());
          });
        }
});

describe("runbook links: the page's optimistic view is what PATCH stores", () => {
  const linked = (slugs: [string, boolean | null][]): Pick<CurrentIncident, "runbooks"> => ({ runbooks: slugs.map(([runbookSlug, fixWorked]) => ({ runbookSlug, fixWorked })) });
  const patches = [
    { runbooks: ["a", "c"] },
    { runbooks: [] },
    { runbooks: ["c", "b", "a"] },
    { runbookFeedback: [{ slug: "b", fixWorked: false }] },
    { runbookFeedback: [{ slug: "a", fixWorked: null }] },
    { runbooks: ["b", "c"], runbookFeedback: [{ slug: "c", fixWorked: true }, { slug: "b", fixWorked: true }] },
  ];
  for (const body of patches)
    it(JSON.stringify(body), () => {
      const current = { ...incidentIn("open", "2026-11-20T10:00:00.000Z", null), ...linked([["a", true], ["b", null]]) };
      const plan = planIncidentUpdate(current, incidentUpdateSchema.parse(body), now, () => true);
      // What the database holds after the plan: links minus unlinked, plus linked, then the feedback.
      const stored = new Map(current.runbooks.filter((l) => !plan.unlink.includes(l.runbookSlug)).map((l) => [l.runbookSlug, l.fixWorked]));
      for (const slug of plan.link) stored.set(slug, null);
      for (const f of plan.feedback) stored.set(f.slug, f.fixWorked);
      const dto = { ...asDto(current), runbooks: ["a", "b"], runbookLinks: current.runbooks.map((l) => ({ slug: l.runbookSlug, fixWorked: l.fixWorked, linkedAt: current.startedAt.toISOString() })) };
      const shown = applyPatch(dto, body, now);
      expect(new Map(shown.runbookLinks.map((l) => [l.slug, l.fixWorked]))).toEqual(stored);
      expect([...shown.runbooks].sort()).toEqual([...stored.keys()].sort());
    });
});

describe("statusTimes", () => {
  const start = new Date("2026-11-20T10:00:00Z");
  const earlier = new Date("2026-11-20T11:00:00Z");
  const none = { mitigatedAt: false, resolvedAt: false };
  it.each([
    ["open → mitigated stamps now", "open", "mitigated", { startedAt: start, mitigatedAt: null, resolvedAt: null }, none, { mitigatedAt: now, resolvedAt: null }],
    ["open → mitigated keeps an earlier mitigation", "open", "mitigated", { startedAt: start, mitigatedAt: earlier, resolvedAt: null }, none, { mitigatedAt: earlier, resolvedAt: null }],
    ["mitigated → resolved stamps the resolution", "mitigated", "resolved", { startedAt: start, mitigatedAt: earlier, resolvedAt: null }, none, { mitigatedAt: earlier, resolvedAt: now }],
    ["resolved → open clears the resolution, keeps the mitigation", "resolved", "open", { startedAt: start, mitigatedAt: earlier, resolvedAt: now }, none, { mitigatedAt: earlier, resolvedAt: null }],
    ["a resolution time the patch gives is kept", "open", "resolved", { startedAt: start, mitigatedAt: null, resolvedAt: earlier }, { mitigatedAt: false, resolvedAt: true }, { mitigatedAt: null, resolvedAt: earlier }],
    ["a stamp is never before the start", "open", "resolved", { startedAt: new Date("2026-11-20T12:03:00Z"), mitigatedAt: null, resolvedAt: null }, none, { mitigatedAt: null, resolvedAt: new Date("2026-11-20T12:03:00Z") }],
  ] as const)("%s", (_name, from, to, times, given, expected) => {
    expect(statusTimes(from, to, times, given, now)).toEqual(expected);
  });
});
