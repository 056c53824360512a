import type { ErrorCode } from "./error-codes";

/** The closed set of codes lives in error-codes.ts (shared with the browser and the OpenAPI document). */
export type { ErrorCode };

/** An error that already knows its HTTP answer (auth, body size, media type, malformed JSON). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "HttpError";
  }
}
