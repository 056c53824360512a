import "server-only";
import type { ExpressionBuilder } from "kysely";
import type { QueryTables } from "@/lib/db/query-builder";
import type { MetricRange } from "./metric-range";

/**
 * Incidents that started inside the range, bounds included: the same rows
 * as the incident list's `from`/`to` filters on the range's days, which is
 * what every widget's link opens. Served by the index on startedAt.
 */
export function startedWithin(range: Pick<MetricRange, "from" | "to">) {
  return (eb: ExpressionBuilder<QueryTables, "Incident">) =>
    eb.and([eb("Incident.startedAt", ">=", range.from), eb("Incident.startedAt", "<=", range.to)]);
}
