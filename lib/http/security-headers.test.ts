import { API_METHOD_TABLE as API_METHODS } from "./api-route-methods";
import { describe, expect, it } from "vitest";
import { loadConfig } from "@/lib/config/env";
import { guardRequest } from "./edge-guard";
import { API_CSP, newNonce, pageCsp, responseSecurityHeaders, secureSetCookie, servedOverHttps } from "./security-headers";

const directives = (csp: string) => new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

describe("pageCsp", () => {
  it("runs only scripts with this request's nonce, never eval, and refuses framing", () => {
    const csp = directives(pageCsp("abc123"));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(pageCsp("abc123")).not.toMatch(/unsafe-eval/);
    expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("adds 'unsafe-eval' in development only", () => {
    expect(directives(pageCsp("n", true)).get("script-src")).toContain("'unsafe-eval'");
  });
});

describe("newNonce", () => {
  it("is 128 random bits in base64, different each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(atob(n)).toHaveLength(16);
  });
});

describe("responseSecurityHeaders", () => {
  it("sends nosniff, a referrer policy and a no-framing, nothing-runs CSP on every response", () => {
    const headers = new Map(responseSecurityHeaders(false));
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Referrer-Policy")).toBe("same-origin");
    expect(headers.get("Content-Security-Policy")).toBe(API_CSP);
    expect(directives(API_CSP).get("default-src")).toEqual(["'none'"]);
    expect(directives(API_CSP).get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("sends HSTS only over HTTPS", () => {
    expect(new Map(responseSecurityHeaders(false)).has("Strict-Transport-Security")).toBe(false);
    expect(new Map(responseSecurityHeaders(true)).get("Strict-Transport-Security")).toMatch(/^max-age=31536000/);
  });
});

describe("servedOverHttps", () => {
  const config = loadConfig({ TRIAGE_TRUSTED_PROXIES: "10.0.0.0/8" }).auth;
  const guarded = (peer: string, proto: string) => {
    const decision = guardRequest("GET", "/incidents", new Headers({ "x-forwarded-proto": proto }), peer, config, API_METHODS);
    if (decision.kind !== "pass") throw new Error("refused");
    return decision.headers;
  };

  it("trusts X-Forwarded-Proto only from a trusted proxy", () => {
    expect(servedOverHttps(guarded("10.0.0.5", "https"), false)).toBe(true);
    expect(servedOverHttps(guarded("203.0.113.9", "https"), false)).toBe(false);
    expect(servedOverHttps(guarded("10.0.0.5", "http"), false)).toBe(false);
  });

  it("reads the client's scheme from the first hop of a chain, and counts a TLS socket as HTTPS", () => {
    expect(servedOverHttps(guarded("10.0.0.5", "https, http"), false)).toBe(true);
    expect(servedOverHttps(guarded("10.0.0.5", "http, https"), false)).toBe(false);
    expect(servedOverHttps(new Headers(), true)).toBe(true);
  });
});

describe("secureSetCookie", () => {
  it.each([
    ["better-auth.session_token=abc; Max-Age=604800; Path=/; HttpOnly; SameSite=Lax", "better-auth.session_token=abc; Max-Age=604800; Path=/; HttpOnly; SameSite=Lax; Secure"],
    ["a=b; Secure; HttpOnly", "a=b; Secure; HttpOnly"],
    ["a=b; path=/; secure", "a=b; path=/; secure"],
    ["secure=1", "secure=1; Secure"],
  ])("%s", (cookie, expected) => {
    expect(secureSetCookie(cookie)).toBe(expected);
  });
});
