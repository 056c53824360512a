import "server-only";
import type { RawBuilder } from "kysely";

/**
 * The SQL that differs between SQLite and PostgreSQL in the metrics, behind
 * one interface; every metric query is written once against it
 * (lib/metrics/*.ts) and tested on both databases with the same fixtures
 * (tests/db/metrics.test.ts). current-metrics-dialect.ts picks one.
 */
export interface MetricsDialect {
  /** Monday 00:00 UTC of the ISO week of a timestamp column, as YYYY-MM-DD (see lib/metrics/iso-week.ts). */
  isoWeek(column: string): RawBuilder<string>;
  /**
   * The continuous percentile (linear interpolation between the closest
   * ranks: PostgreSQL's percentile_cont, SQLite's percentile_cont, numpy's
   * default) of a numeric column, NULLs ignored; null for no rows. Both
   * databases compute first + (second − first) × fraction in doubles, so
   * they agree to the bit on the same rows.
   */
  percentile(column: string, fraction: number): RawBuilder<number | null>;
}

/** A percentile's fraction goes into the SQL text (PostgreSQL wants a constant there): only a plain number in [0, 1]. */
export function checkFraction(fraction: number): number {
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`A percentile fraction is between 0 and 1 (got ${fraction})`);
  return fraction;
}
