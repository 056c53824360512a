import "server-only";
import { queryBuilder, toNumber } from "@/lib/db/query-builder";
import { metricsDialect } from "./dialects/current-metrics-dialect";
import type { MetricRange } from "./metric-range";
import type { ResponseTimeKey } from "./response-time-columns";
import { startedWithin } from "./started-within";

export interface ResponseTime {
  /** Incidents of the range that have this time (the others are not counted: never detected, or still unresolved). */
  count: number;
  /** Whole seconds; null when no incident has this time. */
  p50: number | null;
  p90: number | null;
}

export type ResponseTimes = Record<ResponseTimeKey, ResponseTime>;

type Raw = number | bigint | null;
const seconds = (value: Raw) => (value === null ? null : Math.round(Number(value)));
const responseTime = (count: Raw, p50: Raw, p90: Raw): ResponseTime => ({ count: toNumber(count) ?? 0, p50: seconds(p50), p90: seconds(p90) });

/** Median and p90 of time to detect, mitigate and resolve of the incidents started in the range, in one query. */
export async function getResponseTimes(range: Pick<MetricRange, "from" | "to">): Promise<ResponseTimes> {
  const { percentile } = metricsDialect();
  const row = await queryBuilder()
    .selectFrom("Incident")
    .select((eb) => [
      eb.fn.count<number | bigint>("Incident.detectSeconds").as("detectCount"),
      percentile("Incident.detectSeconds", 0.5).as("detectP50"),
      percentile("Incident.detectSeconds", 0.9).as("detectP90"),
      eb.fn.count<number | bigint>("Incident.mitigateSeconds").as("mitigateCount"),
      percentile("Incident.mitigateSeconds", 0.5).as("mitigateP50"),
      percentile("Incident.mitigateSeconds", 0.9).as("mitigateP90"),
      eb.fn.count<number | bigint>("Incident.resolveSeconds").as("resolveCount"),
      percentile("Incident.resolveSeconds", 0.5).as("resolveP50"),
      percentile("Incident.resolveSeconds", 0.9).as("resolveP90"),
    ])
    .where(startedWithin(range))
    .executeTakeFirstOrThrow();
  return {
    detect: responseTime(row.detectCount, row.detectP50, row.detectP90),
    mitigate: responseTime(row.mitigateCount, row.mitigateP50, row.mitigateP90),
    resolve: responseTime(row.resolveCount, row.resolveP50, row.resolveP90),
  };
}
