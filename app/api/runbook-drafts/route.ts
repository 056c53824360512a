import { apiRoute, jsonResponse } from "@/lib/http/api-route";
import { draftRunbook } from "@/lib/incidents/draft-runbook";
import { runbookDraftQuerySchema } from "@/lib/incidents/runbook-draft-schemas";

export const dynamic = "force-dynamic";

/** One runbook draft merged from several incidents: ?incident=12&incident=15 (a runbook gap). */
export const GET = apiRoute({ query: runbookDraftQuerySchema }, async ({ ctx, query }) => jsonResponse(await draftRunbook(ctx, query.incident)));
