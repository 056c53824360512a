import "server-only";
import { queryBuilder, toNumber } from "@/lib/db/query-builder";
import type { MetricRange } from "./metric-range";
import { startedWithin } from "./started-within";
import { noRunbookLinked } from "./unlinked";

export interface AlertCount {
  alertname: string;
  count: number;
  lastSeen: Date;
}

export interface AlertCountQuery {
  range: Pick<MetricRange, "from" | "to">;
  /** Only incidents no runbook is linked to (runbook gaps). */
  unlinkedOnly?: boolean;
  minCount?: number;
  limit?: number;
  /** Alert names left out: for gaps, those a runbook already lists in its frontmatter `alerts`. */
  exceptAlertnames?: readonly string[];
}

/** Alert names by how many incidents they opened in the range, most first (then most recent, then name). */
export async function countIncidentsByAlert({ range, unlinkedOnly = false, minCount = 1, limit = 10, exceptAlertnames = [] }: AlertCountQuery): Promise<AlertCount[]> {
  let query = queryBuilder()
    .selectFrom("Incident")
    .select((eb) => ["Incident.alertname", eb.fn.countAll<number | bigint>().as("count"), eb.fn.max("Incident.startedAt").as("lastSeen")])
    .where(startedWithin(range))
    .where("Incident.alertname", "is not", null)
    .groupBy("Incident.alertname")
    .having((eb) => eb.fn.countAll(), ">=", minCount)
    .orderBy("count", "desc")
    .orderBy("lastSeen", "desc")
    .orderBy("Incident.alertname")
    .limit(limit);
  if (unlinkedOnly) query = query.where(noRunbookLinked);
  if (exceptAlertnames.length) query = query.where("Incident.alertname", "not in", [...exceptAlertnames]);
  const rows = await query.execute();
  return rows.flatMap((row) => (row.alertname === null ? [] : [{ alertname: row.alertname, count: toNumber(row.count) ?? 0, lastSeen: new Date(row.lastSeen) }]));
}
