import { describe, expect, it, vi } from "vitest";
import { asTriageError } from "./better-auth-errors";

const answer = (status: number, body: string, headers: Record<string, string> = { "content-type": "application/json" }) => new Response(body, { status, headers });

describe("asTriageError", () => {
  it.each([
    [403, '{"message":"Missing or null Origin","code":"MISSING_OR_NULL_ORIGIN"}', "forbidden", "Missing or null Origin", {}],
    [415, '{"message":"Content-Type is required","code":"UNSUPPORTED_MEDIA_TYPE"}', "unsupported_media_type", "Content-Type is required", { body: "Content-Type is required" }],
    [404, '{"message":"Provider not found","code":"PROVIDER_NOT_FOUND"}', "not_found", "Provider not found", {}],
    [400, "not json", "invalid_input", "The sign-in service answered 400", {}],
  ])("%i %s → Triage's shape", async (status, body, code, message, fields) => {
    const converted = await asTriageError(answer(status, body), "POST /api/auth/x");
    expect(converted.status).toBe(status);
    expect(await converted.json()).toEqual({ error: { code, message, fields } });
  });

  it("keeps the status and headers, hides a 5xx's details in the log, passes successes and redirects unchanged", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const failed = await asTriageError(answer(500, '{"message":"prisma: connection refused at 10.0.0.5"}', { "content-type": "application/json", "set-cookie": "a=; Max-Age=0" }), "GET /api/auth/get-session");
    expect(await failed.json()).toEqual({ error: { code: "internal_error", message: "The sign-in service answered 500", fields: {} } });
    expect(failed.headers.get("set-cookie")).toBe("a=; Max-Age=0");
    expect(error).toHaveBeenCalledWith(expect.stringContaining("connection refused"));
    const ok = answer(200, '{"ok":true}');
    expect(await asTriageError(ok, "x")).toBe(ok);
    const redirect = new Response(null, { status: 302, headers: { location: "/sign-in" } });
    expect(await asTriageError(redirect, "x")).toBe(redirect);
    error.mockRestore();
  });
});
