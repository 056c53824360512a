import { describe, expect, it } from "vitest";
import { HttpError } from "./http-error";
import { MAX_BODY_BYTES, readJsonBody } from "./read-json-body";

const post = (body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://localhost/api/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

async function failure(request: Request): Promise<[number, string]> {
  try {
    await readJsonBody(request);
  } catch (error) {
    if (error instanceof HttpError) return [error.status, error.code];
    throw error;
  }
  throw new Error("expected an HttpError");
}

/** A body without Content-Length, as chunked uploads arrive. */
function streamOf(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const chunk = new Uint8Array(Math.min(64 * 1024, bytes - sent)).fill(0x20);
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

describe("readJsonBody", () => {
  it("parses JSON declared as JSON, with parameters or a +json type", async () => {
    expect(await readJsonBody(post('{"a":1}'))).toEqual({ a: 1 });
    expect(await readJsonBody(post('{"a":"故障"}', { "content-type": "Application/JSON; charset=utf-8" }))).toEqual({ a: "故障" });
    expect(await readJsonBody(post("[1]", { "content-type": "application/merge-patch+json" }))).toEqual([1]);
  });

  it.each([
    ["no content type", {}],
    ["form data", { "content-type": "application/x-www-form-urlencoded" }],
    ["text", { "content-type": "text/plain" }],
    ["json lookalike", { "content-type": "application/jsonp" }],
  ])("415 for %s", async (_why, headers) => {
    expect(await failure(post('{"a":1}', headers))).toEqual([415, "unsupported_media_type"]);
  });

  it("413 over 1 MiB, by declared length or by counting a stream", async () => {
    expect(await failure(post("x".repeat(MAX_BODY_BYTES + 1)))).toEqual([413, "payload_too_large"]);
    expect(await failure(post(streamOf(MAX_BODY_BYTES + 10)))).toEqual([413, "payload_too_large"]);
  });

  it("accepts exactly 1 MiB", async () => {
    const json = `"${"x".repeat(MAX_BODY_BYTES - 2)}"`;
    expect(((await readJsonBody(post(json))) as string).length).toBe(MAX_BODY_BYTES - 2);
  });

  it.each([
    ["empty", ""],
    ["broken", '{"a":'],
    ["invalid UTF-8", new Uint8Array([0x22, 0xff, 0x22])],
  ])("400 invalid_json for %s", async (_why, body) => {
    expect(await failure(post(body))).toEqual([400, "invalid_json"]);
  });

  it("400 invalid_json when the body breaks off (the client left, or its request deadline passed), not an internal error", async () => {
    let pulls = 0;
    const cutOff = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls += 1;
        if (pulls === 1) controller.enqueue(new TextEncoder().encode('{"title":"half'));
        else controller.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
      },
    });
    expect(await failure(post(cutOff))).toEqual([400, "invalid_json"]);
  });
});
