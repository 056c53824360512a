import "server-only";
import { sql } from "kysely";
import { checkFraction, type MetricsDialect } from "./metrics-dialect";

/**
 * SQLite: timestamps are ISO 8601 text, which its date functions read
 * (offset included). 'weekday 0' moves to the next Sunday unless it is one,
 * and six days back is that week's Monday. percentile_cont(Y, P) is SQLite's
 * built-in percentile (better-sqlite3 is compiled with SQLITE_ENABLE_PERCENTILE).
 */
export const sqliteMetricsDialect: MetricsDialect = {
  isoWeek: (column) => sql<string>`strftime('%Y-%m-%d', ${sql.ref(column)}, 'weekday 0', '-6 days')`,
  percentile: (column, fraction) => sql<number | null>`percentile_cont(${sql.ref(column)}, ${sql.lit(checkFraction(fraction))})`,
};
