import { z } from "zod";

/**
 * The closed set of error codes the API and server actions answer with, in
 * `{"error":{"code","message","fields"}}`. One list: the server's error mapping
 * (error-body.ts, HttpError) can only produce these, the browser's fetch helper
 * and forms read them, and the OpenAPI document's error schema is built from
 * the same zod schema. tests/unit/error-codes.test.ts fails when source code
 * answers a code outside it. Pure; shared with the browser.
 */
export const ERROR_CODES = [
  "invalid_input",
  "invalid_json",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "payload_too_large",
  "unsupported_media_type",
  "rate_limited",
  "internal_error",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorCodeSchema = z.enum(ERROR_CODES);

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && (ERROR_CODES as readonly string[]).includes(value);
}

/** Codes the browser's fetch helper gives failures that never reached Triage's error mapping (no connection, a proxy's HTML page). */
export const CLIENT_ERROR_CODES = ["network_error", "http_error"] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

/** The error body every route and server action answers with. */
export const apiErrorBodySchema = z
  .object({
    error: z.object({
      code: errorCodeSchema,
      message: z.string().min(1),
      /** Field path (dotted, as react-hook-form names fields: "runbooks", "alerts.0.startsAt") → message. */
      fields: z.record(z.string(), z.string()),
    }),
  })
  .meta({ id: "Error", description: "Every non-2xx answer: a code from the closed set, a message naming what is wrong and where, and per-field messages." });

export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
