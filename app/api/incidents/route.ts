import { apiRoute, jsonResponse } from "@/lib/http/api-route";
import { createIncident } from "@/lib/incidents/create-incident";
import { incidentCreateSchema, incidentListQuerySchema } from "@/lib/incidents/incident-schemas";
import { listIncidents } from "@/lib/incidents/list-incidents";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ query: incidentListQuerySchema }, async ({ ctx, query }) => jsonResponse(await listIncidents(ctx, query)));

export const POST = apiRoute({ body: incidentCreateSchema }, async ({ ctx, body }) => jsonResponse(await createIncident(ctx, body), 201));
