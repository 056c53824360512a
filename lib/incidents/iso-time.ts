/**
 * Strict ISO 8601 parsing shared by the schemas (browser and server).
 * `new Date(text)` alone accepts too much: it guesses the time zone of
 * "2026-11-22T10:15" (local on one machine, something else on another) and
 * rolls "2026-02-30" over into March, so both are rejected here.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * "2026-11-22T10:15:00Z", "2026-11-22T10:15+02:00" (seconds optional, offset
 * required; up to nanoseconds, as Go's RFC 3339 output has, kept to the
 * millisecond) → Date; anything else → null.
 */
export function parseIsoDateTime(text: string): Date | null {
  const match = DATE_TIME.exec(text);
  if (!match || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2026-11-22" → midnight UTC that day; anything else → null. */
export function parseIsoDate(text: string): Date | null {
  const match = DATE.exec(text);
  if (!match || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) return null;
  return new Date(`${text}T00:00:00Z`);
}
