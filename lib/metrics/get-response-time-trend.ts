import "server-only";
import { queryBuilder, toNumber } from "@/lib/db/query-builder";
import { metricsDialect } from "./dialects/current-metrics-dialect";
import { weekBuckets, type WeekBucket } from "./iso-week";
import type { MetricRange } from "./metric-range";
import type { ResponseTimeKey } from "./response-time-columns";
import { startedWithin } from "./started-within";

export interface WeeklyResponseTimes extends WeekBucket {
  /** Median whole seconds per response time; null in a week where no incident has that time. */
  p50: Record<ResponseTimeKey, number | null>;
  count: Record<ResponseTimeKey, number>;
}

/** The weekly trend: median time to detect, mitigate and resolve per ISO week (UTC) of the range, every week included. */
export async function getResponseTimeTrend(range: MetricRange): Promise<WeeklyResponseTimes[]> {
  const { isoWeek, percentile } = metricsDialect();
  const week = isoWeek("Incident.startedAt");
  const rows = await queryBuilder()
    .selectFrom("Incident")
    .select((eb) => [
      week.as("week"),
      eb.fn.count<number | bigint>("Incident.detectSeconds").as("detectCount"),
      percentile("Incident.detectSeconds", 0.5).as("detectP50"),
      eb.fn.count<number | bigint>("Incident.mitigateSeconds").as("mitigateCount"),
      percentile("Incident.mitigateSeconds", 0.5).as("mitigateP50"),
      eb.fn.count<number | bigint>("Incident.resolveSeconds").as("resolveCount"),
      percentile("Incident.resolveSeconds", 0.5).as("resolveP50"),
    ])
    .where(startedWithin(range))
    .groupBy(week)
    .execute();
  const seconds = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(Number(value)));
  return weekBuckets(range.from, range.to).map((bucket) => {
    const row = rows.find((r) => r.week === bucket.key);
    return {
      ...bucket,
      p50: { detect: seconds(row?.detectP50), mitigate: seconds(row?.mitigateP50), resolve: seconds(row?.resolveP50) },
      count: { detect: toNumber(row?.detectCount ?? 0) ?? 0, mitigate: toNumber(row?.mitigateCount ?? 0) ?? 0, resolve: toNumber(row?.resolveCount ?? 0) ?? 0 },
    };
  });
}
