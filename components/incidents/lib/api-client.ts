import { isErrorCode, type ClientErrorCode, type ErrorCode } from "@/lib/http/error-codes";

/**
 * The one fetch helper for the incident API. Every non-2xx answer becomes an
 * ApiError carrying the server's code, message and per-field messages, so forms
 * can put `fields` next to the inputs and everything else can show `message`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** A code from the server's closed set (lib/http/error-codes.ts), or the client's own when the answer never came from Triage. */
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

interface ErrorBody {
  error: { code: unknown; message: string; fields?: Record<string, string> };
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== "object" || value === null || !("error" in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === "object" && error !== null && typeof (error as { message?: unknown }).message === "string";
}

async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON (a proxy's HTML error page, say): fall through to the generic message below.
  }
  if (isErrorBody(body)) {
    const { code, message, fields } = body.error;
    // A code outside the closed set did not come from Triage's error mapping (a proxy in between, say).
    return new ApiError(response.status, isErrorCode(code) ? code : "http_error", message, fields ?? {});
  }
  return new ApiError(response.status, "http_error", `The server answered ${response.status} ${response.statusText}`.trim());
}

export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? "GET",
      headers: init.body === undefined ? { Accept: "application/json" } : { Accept: "application/json", "Content-Type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(0, "network_error", "Could not reach Triage. Check your connection and try again.");
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}

/** The message to show for any error a hook can throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return "Something went wrong.";
}

/**
 * The message for a change the server refused. On a conflict the page has already fetched the incident
 * again (useUpdateIncident invalidates it), so the message says what the user now sees instead of "reload".
 */
export function changeErrorMessage(error: unknown): string {
  if (error instanceof ApiError && error.code === "conflict") {
    return "Someone else changed this incident after this page loaded, so your change was not saved. The page now shows their change; make yours again if it still applies.";
  }
  return errorMessage(error);
}

/** A server action's result (lib/http/run-action.ts), unwrapped: failures become the same ApiError a fetch would give. */
export async function unwrapAction<T>(pending: Promise<{ ok: true; data: T } | { ok: false; status: number; error: { code: ErrorCode; message: string; fields?: Record<string, string> } }>): Promise<T> {
  let result: Awaited<typeof pending>;
  try {
    result = await pending;
  } catch {
    throw new ApiError(0, "network_error", "Could not reach Triage. Check your connection and try again.");
  }
  if (result.ok) return result.data;
  throw new ApiError(result.status, isErrorCode(result.error.code) ? result.error.code : "http_error", result.error.message, result.error.fields ?? {});
}
