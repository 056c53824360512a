import "server-only";
import type { ExpressionBuilder } from "kysely";
import type { QueryTables } from "@/lib/db/query-builder";

/** Incidents no runbook is linked to: the list's `hasRunbook=false`. Served by IncidentRunbook's primary key (incidentId first). */
export function noRunbookLinked(eb: ExpressionBuilder<QueryTables, "Incident">) {
  return eb.not(eb.exists(eb.selectFrom("IncidentRunbook").select("IncidentRunbook.incidentId").whereRef("IncidentRunbook.incidentId", "=", "Incident.id")));
}
