/**
 * The dashboard's time ranges: whole UTC days ending with today, so every
 * widget's range is exactly what the incident list's `from`/`to` date filters
 * select (a bare date there is a whole UTC day, `to` included). Pure.
 */

export const RANGE_DAYS = [7, 30, 90, 365] as const;
export type RangeDays = (typeof RANGE_DAYS)[number];
/** About the last 12 ISO weeks, what the issue asks the weekly chart to show by default. */
export const DEFAULT_RANGE_DAYS: RangeDays = 90;

const DAY_MS = 24 * 3600_000;

export interface MetricRange {
  days: number;
  /** First instant, midnight UTC. */
  from: Date;
  /** Last instant, 23:59:59.999 UTC (inclusive, as the list's `to`). */
  to: Date;
  /** The same bounds as list filter values (YYYY-MM-DD). */
  fromDay: string;
  toDay: string;
}

export const utcDay = (date: Date): string => date.toISOString().slice(0, 10);

/** The `days` UTC days ending with the day of `now` (today counts as one). */
export function rangeEndingAt(days: number, now: Date): MetricRange {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`A range is a whole number of days, at least 1 (got ${days})`);
  const todayStart = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  return rangeOfDays(todayStart - (days - 1) * DAY_MS, days);
}

/** The range of the same length just before `range`, for "change vs previous". */
export function previousRange(range: MetricRange): MetricRange {
  return rangeOfDays(range.from.getTime() - range.days * DAY_MS, range.days);
}

function rangeOfDays(fromMs: number, days: number): MetricRange {
  const from = new Date(fromMs);
  const to = new Date(fromMs + days * DAY_MS - 1);
  return { days, from, to, fromDay: utcDay(from), toDay: utcDay(to) };
}
