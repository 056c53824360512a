import "server-only";
import { sql } from "kysely";
import { checkFraction, type MetricsDialect } from "./metrics-dialect";

/**
 * PostgreSQL: timestamps are `timestamp(3)` holding UTC, so date_trunc('week')
 * (ISO weeks, Monday first) needs no time zone; percentile_cont is the
 * ordered-set aggregate.
 */
export const postgresMetricsDialect: MetricsDialect = {
  isoWeek: (column) => sql<string>`to_char(date_trunc('week', ${sql.ref(column)}), 'YYYY-MM-DD')`,
  percentile: (column, fraction) => sql<number | null>`percentile_cont(${sql.lit(checkFraction(fraction))}) within group (order by ${sql.ref(column)})`,
};
