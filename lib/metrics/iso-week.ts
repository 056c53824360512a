/**
 * ISO 8601 weeks in UTC: weeks start on Monday 00:00 UTC, and a week belongs
 * to the year of its Thursday (so 2026-12-31 and 2027-01-01 are both in
 * 2026-W53). The SQL side buckets by the Monday's date (YYYY-MM-DD); these
 * helpers name and enumerate the same buckets. Pure.
 */

const DAY_MS = 24 * 3600_000;
const WEEK_MS = 7 * DAY_MS;

/** Monday 00:00 UTC of the ISO week that contains `date`. */
export function isoWeekStart(date: Date): Date {
  const dayStart = Math.floor(date.getTime() / DAY_MS) * DAY_MS;
  const daysSinceMonday = (new Date(dayStart).getUTCDay() + 6) % 7;
  return new Date(dayStart - daysSinceMonday * DAY_MS);
}

/** The bucket key the SQL returns for a week: its Monday as YYYY-MM-DD. */
export const weekKey = (weekStart: Date): string => weekStart.toISOString().slice(0, 10);

/** "2026-W53": ISO week-numbering year and week of the week starting `weekStart` (any day of it works). */
export function isoWeekLabel(date: Date): string {
  const thursday = new Date(isoWeekStart(date).getTime() + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / WEEK_MS) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

export interface WeekBucket {
  /** Monday of the week, YYYY-MM-DD (what the SQL groups by). */
  key: string;
  label: string;
  /** The part of the week inside the range: a range's first and last weeks may be partial. */
  from: Date;
  to: Date;
}

/** Every ISO week that overlaps [from, to], oldest first, clipped to the range. */
export function weekBuckets(from: Date, to: Date): WeekBucket[] {
  const buckets: WeekBucket[] = [];
  for (let start = isoWeekStart(from).getTime(); start <= to.getTime(); start += WEEK_MS) {
    const weekStart = new Date(start);
    buckets.push({
      key: weekKey(weekStart),
      label: isoWeekLabel(weekStart),
      from: new Date(Math.max(start, from.getTime())),
      to: new Date(Math.min(start + WEEK_MS - 1, to.getTime())),
    });
  }
  return buckets;
}
