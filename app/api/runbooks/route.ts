import { apiRoute, jsonResponse } from "@/lib/http/api-route";
import { listRunbookSummaries } from "@/lib/runbooks/list-runbook-summaries";

export const dynamic = "force-dynamic";

/** Every runbook with the alerts it answers (for rule checkers and other tools that link to runbooks). */
export const GET = apiRoute({ access: "public" }, async () => jsonResponse(listRunbookSummaries()));
