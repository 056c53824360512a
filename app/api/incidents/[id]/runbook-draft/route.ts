import { apiRoute, jsonResponse } from "@/lib/http/api-route";
import { draftRunbook } from "@/lib/incidents/draft-runbook";
import { parseIncidentId } from "@/lib/incidents/incident-id";

export const dynamic = "force-dynamic";

/** A runbook draft (MDX) from this incident. */
export const GET = apiRoute({}, async ({ ctx, params }) => jsonResponse(await draftRunbook(ctx, [parseIncidentId(params.id ?? "")])));
