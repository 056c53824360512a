import "@/lib/zod-jitless";
import { ZodError } from "zod";
import { isDatabaseBusy } from "@/lib/incidents/db-errors";
import { ConflictError, FieldValidationError, fieldsSummary, NotFoundError } from "@/lib/incidents/errors";
import { setOwn } from "@/lib/own-property";
import type { ApiErrorBody } from "./error-body-schema";
import type { ErrorCode } from "./error-codes";
import { HttpError } from "./http-error";

/**
 * Errors → `{"error":{"code","message","fields"}}` and a status, in one place:
 * used by the API wrapper, and usable by server actions so a form shows the
 * same messages at the same fields whichever way it submits.
 */

export type { ApiErrorBody };

export interface MappedError {
  status: number;
  body: ApiErrorBody;
  headers: Record<string, string>;
}

const body = (code: ErrorCode, message: string, fields: Record<string, string> = {}): ApiErrorBody => ({ error: { code, message, fields } });

export const ROOT_FIELD = "body";
const BODY_CODES = new Set<ErrorCode>(["invalid_json", "payload_too_large", "unsupported_media_type"]);

/** First message per field; the summary names the field so a log line or curl output says what to fix. */
export function zodFields(error: ZodError): { message: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    // An issue about the whole body (not an object, nothing to update) is reported at "body".
    const key = issue.path.map(String).join(".") || ROOT_FIELD;
    if (key && !Object.hasOwn(fields, key)) setOwn(fields, key, issue.message);
  }
  const first = error.issues[0];
  return { message: fieldsSummary(first && { field: first.path.map(String).join("."), message: first.message }, error.issues.length - 1), fields };
}

/** A write that waited out the busy timeout: a retry a few seconds later usually gets through. */
const DATABASE_BUSY_RETRY_SECONDS = 5;
const DATABASE_BUSY_MESSAGE = "The database is busy: another process holds its write lock (an import, a backup or a restore?). Nothing was changed; try again in a few seconds";

/** Maps any error; unknown ones are logged with `where` and answered 500 without details. */
export function toErrorResponseBody(error: unknown, where: string): MappedError {
  if (error instanceof ZodError) {
    const { message, fields } = zodFields(error);
    return { status: 400, body: body("invalid_input", message, fields), headers: {} };
  }
  if (error instanceof FieldValidationError) return { status: 400, body: body("invalid_input", error.message, error.fields), headers: {} };
  if (error instanceof NotFoundError) return { status: 404, body: body("not_found", error.message), headers: {} };
  if (error instanceof ConflictError) return { status: 409, body: body("conflict", error.message), headers: {} };
  // A body that cannot be read (not JSON, too large, wrong media type) is a problem of the field "body".
  if (error instanceof HttpError) return { status: error.status, body: body(error.code, error.message, BODY_CODES.has(error.code) ? { [ROOT_FIELD]: error.message } : {}), headers: error.headers };
  if (isDatabaseBusy(error)) {
    console.error(`[triage] ${where}: the database was busy (another process held its write lock); answered 503`);
    return { status: 503, body: body("unavailable", DATABASE_BUSY_MESSAGE), headers: { "Retry-After": String(DATABASE_BUSY_RETRY_SECONDS) } };
  }
  console.error(`[triage] ${where} failed:`, error);
  return { status: 500, body: body("internal_error", "Something went wrong on the server; the error was logged"), headers: {} };
}
