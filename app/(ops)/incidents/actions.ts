"use server";

import { runAction, type ActionResult } from "@/lib/http/run-action";
import { addIncidentNote } from "@/lib/incidents/add-incident-note";
import { createIncident } from "@/lib/incidents/create-incident";
import type { IncidentDto, IncidentEventDto } from "@/lib/incidents/incident-dto";
import { parseIncidentId } from "@/lib/incidents/incident-id";
import { incidentCreateSchema, incidentEventCreateSchema, incidentUpdateSchema } from "@/lib/incidents/incident-schemas";
import { updateIncident } from "@/lib/incidents/update-incident";

/**
 * The browser UI's writes. runAction checks the Origin and resolves the
 * request context (session, trusted proxy's identity, or anonymous when
 * sign-in is off); the domain functions authorize it, exactly as for the
 * REST API, with the same schemas and error mapping.
 */

export async function createIncidentAction(input: unknown): Promise<ActionResult<IncidentDto>> {
  return runAction("action createIncident", (ctx) => createIncident(ctx, incidentCreateSchema.parse(input)));
}

export async function updateIncidentAction(id: number, patch: unknown): Promise<ActionResult<IncidentDto>> {
  return runAction(`action updateIncident ${id}`, (ctx) => updateIncident(ctx, parseIncidentId(String(id)), incidentUpdateSchema.parse(patch)));
}

export async function addIncidentNoteAction(id: number, note: unknown): Promise<ActionResult<IncidentEventDto>> {
  return runAction(`action addIncidentNote ${id}`, (ctx) => addIncidentNote(ctx, parseIncidentId(String(id)), incidentEventCreateSchema.parse(note)));
}
