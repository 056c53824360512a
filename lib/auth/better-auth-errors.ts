import { toErrorResponseBody } from "@/lib/http/error-body";
import type { ErrorCode } from "@/lib/http/error-codes";
import { HttpError } from "@/lib/http/http-error";

/**
 * Better Auth's own error answers (`{"message","code":"INVALID_ORIGIN"}`) in Triage's error shape
 * (`{"error":{"code","message","fields"}}`, a code from the closed set), so a client of
 * /api/auth/* reads its errors as it reads every other endpoint's. Its message is kept: it says
 * what is wrong ("Missing or null Origin"), except on a 5xx, which is logged and not shown.
 * Answers below 400 (and redirects) pass unchanged, headers (Set-Cookie) included.
 */
const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: "invalid_input",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  409: "conflict",
  413: "payload_too_large",
  415: "unsupported_media_type",
  422: "invalid_input",
  429: "rate_limited",
  503: "unavailable",
};

export async function asTriageError(response: Response, where: string): Promise<Response> {
  if (response.status < 400) return response;
  const text = await response.text();
  let message = "";
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === "object" && parsed !== null && "message" in parsed && typeof parsed.message === "string") message = parsed.message;
  } catch {
    // Not JSON: the status alone says what happened.
  }
  if (response.status >= 500) {
    console.error(`[triage] ${where}: the sign-in service answered ${response.status}: ${text.slice(0, 500)}`);
    message = "";
  }
  const code = CODE_BY_STATUS[response.status] ?? (response.status >= 500 ? "internal_error" : "invalid_input");
  const mapped = toErrorResponseBody(new HttpError(response.status, code, message || `The sign-in service answered ${response.status}`), where);
  const headers = new Headers(response.headers);
  headers.set("Content-Type", "application/json");
  headers.set("Cache-Control", "no-store");
  headers.delete("Content-Length");
  return new Response(JSON.stringify(mapped.body), { status: mapped.status, headers });
}
