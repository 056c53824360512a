/** Display formatting shared by server and client components. Times are shown in UTC on the server render. */
export function formatDateTime(date: Date): string {
  return formatAtOffset(date, 0);
}

/**
 * "2027-01-01 00:05 GMT+8": the same shape as formatDateTime, at a UTC offset
 * in minutes (east positive), named by the offset ("GMT+5:30", "GMT-3:30"), so
 * a reader never has to guess which clock a figure is on. At zero it reads
 * "UTC", exactly formatDateTime's text.
 *
 * An offset rather than the zone's abbreviation: "CST" is both China and US
 * Central time. And no Intl.DateTimeFormat: its first use on a page loads ICU's
 * zone data, 26–36 ms on this machine's Chromium (four times that on a
 * throttled phone), a long task on every page that shows a time.
 */
export function formatAtOffset(date: Date, offsetMinutes: number): string {
  const offset = Math.round(offsetMinutes);
  const shifted = new Date(date.getTime() + offset * 60_000);
  return `${shifted.toISOString().slice(0, 16).replace("T", " ")} ${offsetName(offset)}`;
}

function offsetName(offset: number): string {
  if (offset === 0) return "UTC";
  const abs = Math.abs(offset);
  const minutes = abs % 60;
  return `GMT${offset > 0 ? "+" : "-"}${Math.floor(abs / 60)}${minutes ? `:${String(minutes).padStart(2, "0")}` : ""}`;
}

/** A time on the runtime's own clock, at that zone's offset on that date (summer time included). */
export function formatLocalDateTime(date: Date): string {
  // getTimezoneOffset is west-positive (and negating its 0 gives -0, which formatAtOffset names UTC too).
  return formatAtOffset(date, -date.getTimezoneOffset());
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * "45 s", "1 min 30 s", "2 h 5 min", "3 d 4 h": a duration for people, in its
 * two largest units, rounded to the smaller one. One rounding for the whole
 * figure, so 30 s never reads as "1 min" (it did: minutes were rounded first,
 * and a dashboard median of 30 s against 60 s read "1 min, −1 min (−50 %)").
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "—";
  const seconds = Math.round(ms / SECOND);
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return pair(Math.floor(seconds / 60), "min", seconds % 60, "s");
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 48 * 60) return pair(Math.floor(minutes / 60), "h", minutes % 60, "min");
  const hours = Math.round(ms / HOUR);
  return pair(Math.floor(hours / 24), "d", hours % 24, "h");
}

function pair(large: number, largeUnit: string, small: number, smallUnit: string): string {
  return small === 0 ? `${large} ${largeUnit}` : `${large} ${largeUnit} ${small} ${smallUnit}`;
}
