import { HttpError } from "./http-error";

export const MAX_BODY_BYTES = 1024 * 1024;

/** application/json, or a structured +json type (application/merge-patch+json); parameters such as charset are fine. */
function isJsonType(contentType: string | null): boolean {
  const mediaType = (contentType ?? "").split(";")[0].trim().toLowerCase();
  return mediaType === "application/json" || /^application\/[a-z0-9.!#$&^_-]+\+json$/.test(mediaType);
}

const tooLarge = () => new HttpError(413, "payload_too_large", `The body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB`);

/**
 * The body stream fails when the client closes the connection, or is cut off at the request
 * deadline (TRIAGE_REQUEST_TIMEOUT), before sending all it announced: the client's doing, so a 400
 * like any other broken body, not an internal error logged with a stack.
 */
async function readChunk(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<ReadableStreamReadResult<Uint8Array>> {
  try {
    return await reader.read();
  } catch {
    throw new HttpError(400, "invalid_json", "The body stopped before it was complete: the connection closed or timed out while it was being sent");
  }
}

/** Reads the body, stopping as soon as it passes the limit (Content-Length can be absent or wrong): 413 over it. */
export async function readLimitedBody(request: Request): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await readChunk(reader);
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The JSON body of a write: 415 unless it is declared JSON, 413 over 1 MiB, 400 when it does not parse. */
export async function readJsonBody(request: Request): Promise<unknown> {
  if (!isJsonType(request.headers.get("content-type"))) {
    throw new HttpError(415, "unsupported_media_type", "Send the body as JSON with Content-Type: application/json");
  }
  const bytes = await readLimitedBody(request);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, "invalid_json", "The body is not valid UTF-8");
  }
  if (!text.trim()) throw new HttpError(400, "invalid_json", "The body is empty; send a JSON object");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, "invalid_json", `The body is not valid JSON: ${(error as SyntaxError).message}`);
  }
}
