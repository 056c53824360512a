import { apiRoute, jsonResponse } from "@/lib/http/api-route";
import { getPostmortem } from "@/lib/incidents/get-postmortem";
import { parseIncidentId } from "@/lib/incidents/incident-id";

export const dynamic = "force-dynamic";

/** The incident's postmortem as Markdown ({ fileName, content }). */
export const GET = apiRoute({}, async ({ ctx, params }) => jsonResponse(await getPostmortem(ctx, parseIncidentId(params.id ?? ""))));
