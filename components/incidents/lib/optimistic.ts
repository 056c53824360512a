import type { IncidentDetailDto, IncidentEventDto } from "@/lib/incidents/incident-dto";
import type { IncidentUpdateInput } from "@/lib/incidents/incident-schemas";
import { statusTimes, timeToResolveMs } from "@/lib/incidents/status-times";

/**
 * What the incident page shows while a PATCH is in flight: the server's own rule
 * for status times (statusTimes, which PATCH applies), links and feedback. The
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
  if (patch.runbooks) {
    const known = new Map(incident.runbookLinks.map((l) => [l.slug, l]));
    next.runbooks = [...patch.runbooks];
    next.runbookLinks = patch.runbooks.map((slug) => known.get(slug) ?? { slug, fixWorked: null, linkedAt: at });
  }
  if (patch.runbookFeedback) {
    const feedback = new Map(patch.runbookFeedback.map((f) => [f.slug, f.fixWorked]));
    next.runbookLinks = next.runbookLinks.map((l) => (feedback.has(l.slug) ? { ...l, fixWorked: feedback.get(l.slug) ?? null } : l));
  }
  return next;
}

/** A note shown in the timeline before the server has stored it (negative id: never a real one). */
export function pendingNote(author: string, message: string, now = new Date()): IncidentEventDto {
  return { id: -now.getTime(), kind: "note_added", at: now.toISOString(), author, via: "web", message };
}

const toDate = (iso: string | null | undefined) => (iso ? new Date(iso) : null);
