/** Display formatting shared by server and client components. Times are shown in UTC on the server render. */
export function formatDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

const zonedFormats = new Map<string, Intl.DateTimeFormat>();

function zonedFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? "";
  let format = zonedFormats.get(key);
  if (!format) {
    // en-US for the zone's name only ("EST", "GMT+8"); the figures are laid out below, not by the locale.
    format = new Intl.DateTimeFormat("en-US", {
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
      timeZone,
    });
    zonedFormats.set(key, format);
  }
  return format;
}

/**
 * "2027-01-01 00:05 GMT+8": the same shape as formatDateTime, in a time zone
 * (the runtime's when none is given) and named, so a reader never has to guess
 * which clock a figure is on. In UTC it is exactly formatDateTime's text.
 */
export function formatZonedDateTime(date: Date, timeZone?: string): string {
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of zonedFormat(timeZone).formatToParts(date)) part[type] = value;
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute} ${part.timeZoneName}`;
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
