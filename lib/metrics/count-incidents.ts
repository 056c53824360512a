import "server-only";
import { queryBuilder, toNumber } from "@/lib/db/query-builder";
import type { MetricRange } from "./metric-range";
import { startedWithin } from "./started-within";

/** Incidents started in the range. */
export async function countIncidents(range: Pick<MetricRange, "from" | "to">): Promise<number> {
  const row = await queryBuilder()
    .selectFrom("Incident")
    .select((eb) => eb.fn.countAll<number | bigint>().as("count"))
    .where(startedWithin(range))
    .executeTakeFirstOrThrow();
  return toNumber(row.count) ?? 0;
}
