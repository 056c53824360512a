import { apiRoute, jsonResponse } from "@/lib/http/api-route";
import { getIncident } from "@/lib/incidents/get-incident";
import { parseIncidentId } from "@/lib/incidents/incident-id";
import { incidentUpdateSchema } from "@/lib/incidents/incident-schemas";
import { updateIncident } from "@/lib/incidents/update-incident";

export const dynamic = "force-dynamic";

export const GET = apiRoute({}, async ({ ctx, params }) => jsonResponse(await getIncident(ctx, parseIncidentId(params.id ?? ""))));

export const PATCH = apiRoute({ body: incidentUpdateSchema }, async ({ ctx, params, body }) => jsonResponse(await updateIncident(ctx, parseIncidentId(params.id ?? ""), body)));
