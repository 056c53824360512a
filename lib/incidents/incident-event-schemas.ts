import "@/lib/zod-jitless";
import { z } from "zod";
import { INCIDENT_LIMITS } from "./incident-limits";
import { requiredText } from "./incident-text-fields";

/** A note on an incident's timeline: the note form (incident page) and POST /api/incidents/{id}/events. */
export const incidentEventCreateSchema = z.object({
  /** Who wrote it: required from anonymous visitors, refused from known actors (see incidents/author.ts). */
  author: requiredText("Author", INCIDENT_LIMITS.reporter).optional(),
  message: requiredText("Note", INCIDENT_LIMITS.note, "multiline"),
});

/** The note form for anonymous visitors, who must say who they are. */
export const anonymousIncidentEventCreateSchema = incidentEventCreateSchema.extend({ author: requiredText("Author", INCIDENT_LIMITS.reporter) });

export type IncidentEventCreateInput = z.input<typeof incidentEventCreateSchema>;
export type IncidentEventCreate = z.output<typeof incidentEventCreateSchema>;
