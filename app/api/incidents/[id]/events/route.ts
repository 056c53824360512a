import { apiRoute, jsonResponse } from "@/lib/http/api-route";
import { addIncidentNote } from "@/lib/incidents/add-incident-note";
import { parseIncidentId } from "@/lib/incidents/incident-id";
import { incidentEventCreateSchema } from "@/lib/incidents/incident-schemas";

export const dynamic = "force-dynamic";

export const POST = apiRoute({ body: incidentEventCreateSchema }, async ({ ctx, params, body }) =>
  jsonResponse(await addIncidentNote(ctx, parseIncidentId(params.id ?? ""), body), 201),
);
