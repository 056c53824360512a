import type { IncidentDetailDto, IncidentEventDto } from "@/lib/incidents/incident-dto";
import type { IncidentUpdateInput } from "@/lib/incidents/incident-schemas";
import { runbookLinkChanges } from "@/lib/incidents/runbook-link-changes";
import { statusTimes, timeToResolveMs } from "@/lib/incidents/status-times";

/**
 * What the incident page shows while a PATCH is in flight: the server's own rule
 * for status times (statusTimes) and for links and feedback (runbookLinkChanges). The
 * server's answer replaces it; an error restores the snapshot.
 */
export function applyPatch(incident: IncidentDetailDto, patch: IncidentUpdateInput, now = new Date()): IncidentDetailDto {
  const next: IncidentDetailDto = { ...incident };
  const at = now.toISOString();
  if (patch.result !== undefined) next.result = patch.result;
  if (patch.status && patch.status !== incident.status) {
    const startedAt = new Date(incident.startedAt);
    const given = { mitigatedAt: patch.mitigatedAt !== undefined, resolvedAt: patch.resolvedAt !== undefined };
    const times = statusTimes(
      incident.status,
      patch.status,
      { startedAt, mitigatedAt: toDate(given.mitigatedAt ? patch.mitigatedAt : incident.mitigatedAt), resolvedAt: toDate(given.resolvedAt ? patch.resolvedAt : incident.resolvedAt) },
      given,
      now,
    );
    next.status = patch.status;
    next.mitigatedAt = times.mitigatedAt?.toISOString() ?? null;
    next.resolvedAt = times.resolvedAt?.toISOString() ?? null;
    next.timeToResolveMs = timeToResolveMs({ startedAt, resolvedAt: times.resolvedAt });
  }
  if (patch.runbooks || patch.runbookFeedback) {
    const known = new Map(incident.runbookLinks.map((l) => [l.slug, l.linkedAt]));
    const { links } = runbookLinkChanges(incident.runbookLinks, patch.runbooks, patch.runbookFeedback);
    next.runbooks = links.map((l) => l.slug);
    next.runbookLinks = links.map((l) => ({ slug: l.slug, fixWorked: l.fixWorked, linkedAt: known.get(l.slug) ?? at }));
  }
  return next;
}

/** A note shown in the timeline before the server has stored it (negative id: never a real one). */
export function pendingNote(author: string, message: string, now = new Date()): IncidentEventDto {
  return { id: -now.getTime(), kind: "note_added", at: now.toISOString(), author, via: "web", message };
}

const toDate = (iso: string | null | undefined) => (iso ? new Date(iso) : null);
