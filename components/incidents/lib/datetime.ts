/**
 * Conversions between <input type="datetime-local"> values (wall-clock time in
 * the browser's time zone, no offset) and the ISO 8601 UTC strings the API uses.
 */
const pad = (n: number) => String(n).padStart(2, "0");

export function toDatetimeLocal(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function isoToDatetimeLocal(iso: string | null): string {
  return iso ? toDatetimeLocal(new Date(iso)) : "";
}

/**
 * "" → undefined (field left empty). An unparsable value is returned as is, so
 * the shared schema rejects it with its own message instead of us guessing.
 */
export function datetimeLocalToIso(value: string): string | undefined {
  if (!value.trim()) return undefined;
  // `new Date("YYYY-MM-DDTHH:mm")` without an offset is local time, which is what the user typed.
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
