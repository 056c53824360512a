import "server-only";
import { queryBuilder, toNumber } from "@/lib/db/query-builder";
import type { MetricRange } from "./metric-range";
import { startedWithin } from "./started-within";

export interface ServiceCount {
  service: string;
  count: number;
  lastSeen: Date;
}

/** Services by how many incidents started in the range, most first (then most recent, then name). */
export async function countIncidentsByService(range: Pick<MetricRange, "from" | "to">, limit = 8): Promise<ServiceCount[]> {
  const rows = await queryBuilder()
    .selectFrom("Incident")
    .select((eb) => ["Incident.service", eb.fn.countAll<number | bigint>().as("count"), eb.fn.max("Incident.startedAt").as("lastSeen")])
    .where(startedWithin(range))
    .groupBy("Incident.service")
    .orderBy("count", "desc")
    .orderBy("lastSeen", "desc")
    .orderBy("Incident.service")
    .limit(limit)
    .execute();
  return rows.map((row) => ({ service: row.service, count: toNumber(row.count) ?? 0, lastSeen: new Date(row.lastSeen) }));
}
