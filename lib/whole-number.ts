/**
 * Reading whole numbers and record ids from text, without zod (the incident
 * list page's URL parser uses this too). Not Number(): it reads "0x10" as 16,
 * "1e2" as 100 and "" as 0, so a typo would pick a different page size or a
 * different record instead of being refused.
 */

/** Decimal digits, nothing else. */
const WHOLE_NUMBER = /^\d+$/;

/** The id columns are 32-bit integers on both providers. */
export const MAX_RECORD_ID = 2_147_483_647;

/** A whole number written in decimal digits (spaces around them ignored), or null. */
export function readWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return WHOLE_NUMBER.test(trimmed) ? Number(trimmed) : null;
}

/** A record id as it appears in a URL or is sent by a page: 1 to MAX_RECORD_ID, no sign, no leading zero; else null. */
export function readRecordId(raw: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= MAX_RECORD_ID ? id : null;
}
