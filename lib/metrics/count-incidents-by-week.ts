import "server-only";
import { queryBuilder, toNumber } from "@/lib/db/query-builder";
import { SEVERITIES, type Severity } from "@/lib/incidents/incident-schemas";
import { metricsDialect } from "./dialects/current-metrics-dialect";
import { weekBuckets, type WeekBucket } from "./iso-week";
import type { MetricRange } from "./metric-range";
import { startedWithin } from "./started-within";

export interface WeekCount extends WeekBucket {
  bySeverity: Record<Severity, number>;
  total: number;
}

/** Incidents started per ISO week (UTC) of the range, by severity; every week of the range, empty ones included. */
export async function countIncidentsByWeek(range: MetricRange): Promise<WeekCount[]> {
  const week = metricsDialect().isoWeek("Incident.startedAt");
  const rows = await queryBuilder()
    .selectFrom("Incident")
    .select((eb) => [week.as("week"), "Incident.severity", eb.fn.countAll<number | bigint>().as("count")])
    .where(startedWithin(range))
    .groupBy([week, "Incident.severity"])
    .execute();
  return weekBuckets(range.from, range.to).map((bucket) => {
    const bySeverity = Object.fromEntries(
      SEVERITIES.map((severity) => [severity, toNumber(rows.find((r) => r.week === bucket.key && r.severity === severity)?.count ?? 0) ?? 0]),
    ) as Record<Severity, number>;
    return { ...bucket, bySeverity, total: SEVERITIES.reduce((sum, s) => sum + bySeverity[s], 0) };
  });
}
