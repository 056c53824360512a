"use server";

import { runAction, type ActionResult } from "@/lib/http/run-action";
import { addIncidentNote } from "@/lib/incidents/add-incident-note";
import { createIncident } from "@/lib/incidents/create-incident";
import type { IncidentDto, IncidentEventDto } from "@/lib/incidents/incident-dto";
import { parseIncidentId } from "@/lib/incidents/incident-id";
import { incidentCreateSchema, incidentEventCreateSchema, incidentUpdateSchema } from "@/lib/incidents/incident-schemas";
import { updateIncident } from "@/lib/incidents/update-incident";

/**
 * The browser UI's writes. They call the same domain functions with the same
 * schemas as the REST API, and map errors the same way (runAction), but need
 * no bearer token: TRIAGE_API_TOKEN guards the machine API (scripts,
 * Alertmanager), while the UI has no login of its own yet and is meant to sit
 * behind the team's SSO proxy. Next checks that a server action's Origin
 * matches the host, so other sites cannot post here from a browser.
 */

export async function createIncidentAction(input: unknown): Promise<ActionResult<IncidentDto>> {
  return runAction("action createIncident", () => createIncident(incidentCreateSchema.parse(input)));
}

export async function updateIncidentAction(id: number, patch: unknown): Promise<ActionResult<IncidentDto>> {
  return runAction(`action updateIncident ${id}`, () => updateIncident(parseIncidentId(String(id)), incidentUpdateSchema.parse(patch)));
}

export async function addIncidentNoteAction(id: number, note: unknown): Promise<ActionResult<IncidentEventDto>> {
  return runAction(`action addIncidentNote ${id}`, () => addIncidentNote(parseIncidentId(String(id)), incidentEventCreateSchema.parse(note)));
}
