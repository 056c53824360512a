import { apiRoute, jsonResponse } from "@/lib/http/api-route";
import { getRunbookIncidentSummary } from "@/lib/incidents/get-runbook-incident-summary";

export const dynamic = "force-dynamic";

/** The incident panel's data for one runbook (per request, so new incidents show without a rebuild). */
export const GET = apiRoute({}, async ({ ctx, params }) => jsonResponse(await getRunbookIncidentSummary(ctx, params.slug ?? "")));
