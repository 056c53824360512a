import { alertmanagerPayloadSchema } from "@/lib/alerts/alertmanager-payload-schema";
import { ingestAlertmanager } from "@/lib/alerts/ingest-alertmanager";
import { apiRoute, jsonResponse } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

/** Alertmanager's webhook receiver (README: "Alertmanager"). Answers 200 with what each alert did. */
export const POST = apiRoute({ body: alertmanagerPayloadSchema, channel: "webhook" }, async ({ ctx, body }) => jsonResponse(await ingestAlertmanager(ctx, body)));
