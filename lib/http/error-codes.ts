/**
 * The closed set of error codes the API and server actions answer with, in
 * `{"error":{"code","message","fields"}}`. One list: the server's error mapping
 * (error-body.ts, HttpError) can only produce these, the browser's fetch helper
 * and forms read them, and the OpenAPI document's error schema is built from
 * the same list (error-body-schema.ts). tests/unit/error-codes.test.ts fails
 * when source code answers a code outside it. Pure and free of zod: the
 * browser's fetch helper imports it, and zod would add ~30 KB to every lazy
 * chunk that fetches.
 */
export const ERROR_CODES = [
  "invalid_input",
  "invalid_json",
  "unauthorized",
  "forbidden",
  "not_found",
  "method_not_allowed",
  "conflict",
  "payload_too_large",
  "unsupported_media_type",
  "rate_limited",
  "unavailable",
  "internal_error",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && (ERROR_CODES as readonly string[]).includes(value);
}

/** Codes the browser's fetch helper gives failures that never reached Triage's error mapping (no connection, a proxy's HTML page). */
export const CLIENT_ERROR_CODES = ["network_error", "http_error"] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];
