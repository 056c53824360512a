import "@/lib/zod-jitless";
import { z } from "zod";
import { parseIsoDateTime } from "./iso-time";
import { FieldValidationError } from "./errors";
import { yearProblem } from "./incident-limits";
import { SEVERITIES, STATUSES, type IncidentSortKey, type SortOrder } from "./incident-schemas";

/**
 * List cursors: base64url JSON of the last row's sort key and id, plus the
 * sort they belong to, so a cursor replayed with another sort is refused
 * rather than silently skipping rows. Opaque to clients.
 */

export interface CursorPosition {
  /** The sort column's value: ISO time (startedAt), title, seconds or null (timeToResolve), enum value (severity, status). */
  value: string | number | null;
  /** startedAt (ISO), the tie-breaker inside a severity or status group. */
  startedAt: string;
  id: number;
}

/** Both id and resolveSeconds are 32-bit integer columns: a number outside that range cannot come from a row. */
const INT32_MAX = 2_147_483_647;

const cursorSchema = z.object({
  s: z.string(),
  o: z.string(),
  v: z.union([z.string().max(1_000), z.number(), z.null()]),
  t: z.string(),
  i: z.number().int().positive().max(INT32_MAX),
});

/** A time a row can hold: strict ISO and inside the accepted years (out-of-range times fail in PostgreSQL's driver). */
const isRowTime = (text: unknown) => {
  const date = typeof text === "string" ? parseIsoDateTime(text) : null;
  return date !== null && yearProblem(date) === null;
};

function valueFits(sort: IncidentSortKey, value: string | number | null): boolean {
  switch (sort) {
    case "startedAt":
      return isRowTime(value);
    case "title":
      return typeof value === "string";
    case "timeToResolve":
      return value === null || (Number.isInteger(value) && Math.abs(value as number) <= INT32_MAX);
    case "severity":
      return SEVERITIES.some((s) => s === value);
    case "status":
      return STATUSES.some((s) => s === value);
  }
}

export function encodeCursor(sort: IncidentSortKey, order: SortOrder, position: CursorPosition): string {
  const payload: z.infer<typeof cursorSchema> = { s: sort, o: order, v: position.value, t: position.startedAt, i: position.id };
  return Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string, sort: IncidentSortKey, order: SortOrder): CursorPosition {
  const invalid = () => new FieldValidationError({ cursor: "This cursor is not valid for this list; start again from the first page" });
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  const parsed = cursorSchema.safeParse(json);
  if (!parsed.success || parsed.data.s !== sort || parsed.data.o !== order || !valueFits(sort, parsed.data.v) || !isRowTime(parsed.data.t)) throw invalid();
  return { value: parsed.data.v, startedAt: parsed.data.t, id: parsed.data.i };
}
