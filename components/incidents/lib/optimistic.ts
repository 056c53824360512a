import type { IncidentDetailDto, IncidentEventDto } from "@/lib/incidents/incident-dto";
import type { IncidentUpdateInput } from "@/lib/incidents/incident-schemas";

/**
 * What the incident page shows while a PATCH is in flight: the server's rules for
 * status times (mitigated keeps its first time, reopen clears resolvedAt), links
 * and feedback. The server's answer replaces it; an error restores the snapshot.
 */
export function applyPatch(incident: IncidentDetailDto, patch: IncidentUpdateInput, now = new Date()): IncidentDetailDto {
  const next: IncidentDetailDto = { ...incident };
  const at = now.toISOString();
  if (patch.result !== undefined) next.result = patch.result;
  if (patch.status && patch.status !== incident.status) {
    next.status = patch.status;
    if (patch.status === "mitigated") next.mitigatedAt = incident.mitigatedAt ?? at;
    if (patch.status === "resolved") {
      next.resolvedAt = at;
      next.timeToResolveMs = now.getTime() - new Date(incident.startedAt).getTime();
    }
    if (patch.status === "open") {
      next.resolvedAt = null;
      next.timeToResolveMs = null;
    }
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
