import { API_METHOD_TABLE as API_METHODS } from "./api-route-methods";
import { describe, expect, it } from "vitest";
import { loadConfig } from "@/lib/config/env";
import { guardRequest, toOriginForm } from "./edge-guard";

const proxyMode = loadConfig({ TRIAGE_AUTH: "proxy", TRIAGE_TRUSTED_PROXIES: "10.0.0.0/8" }).auth;
const noneMode = loadConfig({}).auth;
const pass = (decision: ReturnType<typeof guardRequest>) => {
  if (decision.kind !== "pass") throw new Error(`refused: ${decision.message}`);
  return decision.headers;
};

describe("guardRequest", () => {
  it("sets the peer from the socket, whatever the client sent", () => {
    const headers = pass(guardRequest("GET", "/incidents", new Headers({ "x-triage-peer": "10.0.0.1", "x-triage-client-ip": "10.0.0.1" }), "203.0.113.9", noneMode, API_METHODS));
    expect(headers.get("x-triage-peer")).toBe("203.0.113.9");
    expect(headers.get("x-triage-client-ip")).toBe("203.0.113.9");
  });

  it("drops X-Forwarded-* from untrusted peers, keeps them from trusted proxies", () => {
    const forwarded = new Headers({ "x-forwarded-host": "triage.example.com", "x-forwarded-for": "198.51.100.4", "x-forwarded-proto": "https" });
    const direct = pass(guardRequest("GET", "/incidents", forwarded, "203.0.113.9", proxyMode, API_METHODS));
    expect(direct.has("x-forwarded-host")).toBe(false);
    expect(direct.has("x-forwarded-for")).toBe(false);
    const viaProxy = pass(guardRequest("GET", "/incidents", forwarded, "10.1.1.1", proxyMode, API_METHODS));
    expect(viaProxy.get("x-forwarded-host")).toBe("triage.example.com");
    expect(viaProxy.get("x-triage-client-ip")).toBe("198.51.100.4");
  });

  it("refuses identity headers from an untrusted address in proxy mode, with a log line naming it", () => {
    const decision = guardRequest("GET", "/incidents", new Headers({ "x-forwarded-email": "admin@example.com" }), "127.0.0.1", proxyMode, API_METHODS);
    expect(decision).toMatchObject({ kind: "refuse", status: 403, log: expect.stringContaining("x-forwarded-email") });
    expect(decision.kind === "refuse" && decision.log).toContain("127.0.0.1");
    expect(guardRequest("GET", "/incidents", new Headers({ "x-auth-request-groups": "admins" }), "::1", proxyMode, API_METHODS).kind).toBe("refuse");
    expect(pass(guardRequest("GET", "/incidents", new Headers({ "x-forwarded-email": "ana@example.com" }), "10.2.3.4", proxyMode, API_METHODS)).get("x-forwarded-email")).toBe("ana@example.com");
  });

  it("refuses server actions with a missing or foreign Origin", () => {
    const action = (extra: Record<string, string>, peer = "203.0.113.9") => guardRequest("POST", "/incidents/new", new Headers({ host: "triage.test", "next-action": "abc", ...extra }), peer, noneMode, API_METHODS);
    expect(action({ origin: "http://triage.test" }).kind).toBe("pass");
    expect(action({})).toMatchObject({ kind: "refuse", status: 403 });
    expect(action({ origin: "https://evil.example" })).toMatchObject({ kind: "refuse", status: 403 });
    // A forwarded host only counts from a trusted proxy.
    expect(action({ origin: "https://evil.example", "x-forwarded-host": "evil.example" })).toMatchObject({ kind: "refuse" });
  });

  it("refuses a path with a malformed percent-escape before anything else, with 400", () => {
    expect(guardRequest("GET", "/incidents/%zz", new Headers(), "203.0.113.9", noneMode, API_METHODS)).toMatchObject({ kind: "refuse", status: 400, code: "invalid_input" });
  });

  it("TRACE, TRACK and CONNECT are 405 on the API too (Next answered TRACE there with a 500), with Allow where the route is known", () => {
    for (const method of ["TRACE", "TRACK", "CONNECT"]) {
      for (const url of ["/api/incidents", "/api/incidents/3", "/api", "/incidents", "/_next/static/chunks/x.js"]) {
        const decision = guardRequest(method, url, new Headers({ host: "triage.test" }), "203.0.113.9", noneMode, API_METHODS);
        expect(decision, `${method} ${url}`).toMatchObject({ kind: "refuse", status: 405, code: "method_not_allowed" });
      }
    }
    expect(guardRequest("TRACE", "/api/incidents", new Headers(), "203.0.113.9", noneMode, API_METHODS)).toMatchObject({
      headers: { Allow: "GET, HEAD, POST, OPTIONS" },
      fields: { method: "TRACE is not supported: /api/incidents takes GET, HEAD, POST, OPTIONS" },
    });
    expect(guardRequest("TRACE", "/api/nope", new Headers(), "203.0.113.9", noneMode, API_METHODS)).toMatchObject({ headers: undefined, fields: { method: expect.stringContaining("OPTIONS") } });
  });

  it("refuses a method an API route does not take with 405 and Allow (Next answered 405 with no body and no Allow)", () => {
    const api = (method: string, url: string) => guardRequest(method, url, new Headers(), "203.0.113.9", noneMode, API_METHODS);
    for (const [method, url, allow] of [
      ["DELETE", "/api/incidents/3", "GET, HEAD, PATCH, OPTIONS"],
      ["PUT", "/api/incidents/3", "GET, HEAD, PATCH, OPTIONS"],
      ["POST", "/api/incidents/3", "GET, HEAD, PATCH, OPTIONS"],
      // The literal segment wins over {id}, as in Next's router: export takes GET only.
      ["PATCH", "/api/incidents/export", "GET, HEAD, OPTIONS"],
      ["DELETE", "/api/incidents", "GET, HEAD, POST, OPTIONS"],
      ["GET", "/api/alerts/alertmanager", "POST, OPTIONS"],
      ["GET", "/api/incidents/3/events", "POST, OPTIONS"],
      ["PUT", "/api/runbooks/oom-killer/incidents", "GET, HEAD, OPTIONS"],
      ["GET", "/api/auth/sign-out", "POST, OPTIONS"],
      ["POST", "/api/auth/get-session", "GET, HEAD, OPTIONS"],
      ["POST", "/api/health", "GET, HEAD, OPTIONS"],
      ["get", "/api/incidents", "GET, HEAD, POST, OPTIONS"],
    ] as const) {
      expect(api(method, url), `${method} ${url}`).toMatchObject({
        kind: "refuse",
        status: 405,
        code: "method_not_allowed",
        headers: { Allow: allow },
        fields: { method: `${method} is not allowed on ${url}: it takes ${allow}` },
      });
    }
    for (const [method, url] of [
      ["GET", "/api/incidents/3"],
      ["HEAD", "/api/incidents/3"],
      ["OPTIONS", "/api/incidents/3"],
      ["PATCH", "/api/incidents/3"],
      ["GET", "/api/incidents/export?format=csv"],
      ["POST", "/api/incidents/3/events"],
      ["POST", "/api/auth/sign-in/social"],
      // No route serves these: the /api catch-all answers 404, whatever the method.
      ["DELETE", "/api/nope"],
      ["PUT", "/api/incidents/3/nope"],
      ["GET", "/api/auth/sign-up/email"],
      ["GET", "/api/incidents/"],
    ] as const) {
      expect(api(method, url).kind, `${method} ${url}`).toBe("pass");
    }
  });

  it("reads an absolute-form target as its path (Next redirected it to the named host), and keeps the Host header", () => {
    const decision = guardRequest("GET", "http://evil.example/runbooks?q=1", new Headers({ host: "triage.test" }), "203.0.113.9", noneMode, API_METHODS);
    expect(decision).toMatchObject({ kind: "pass", url: "/runbooks?q=1" });
    expect(pass(decision).get("host")).toBe("triage.test");
    // The path checks apply to the path it names.
    expect(guardRequest("GET", "https://evil.example/incidents/%zz", new Headers(), "203.0.113.9", noneMode, API_METHODS)).toMatchObject({ kind: "refuse", status: 400 });
    expect(guardRequest("PUT", "http://evil.example/runbooks", new Headers(), "203.0.113.9", noneMode, API_METHODS)).toMatchObject({ kind: "refuse", status: 405 });
  });

  it.each([
    ["http://evil.example/runbooks", "/runbooks"],
    ["HTTPS://evil.example:8443/api/incidents?limit=1", "/api/incidents?limit=1"],
    ["http://evil.example", "/"],
    ["http://evil.example?x=1", "/?x=1"],
    ["http://user@evil.example/a#f", "/a#f"],
    ["/runbooks", "/runbooks"],
    ["//evil.example/runbooks", "//evil.example/runbooks"],
    ["/search?next=http://evil.example/", "/search?next=http://evil.example/"],
    ["*", "*"],
  ])("toOriginForm(%j) is %j", (target, expected) => {
    expect(toOriginForm(target)).toBe(expected);
  });

  it("drops Range and If-Range, so files are sent whole (Next answered a malformed or unsatisfiable range with a 500)", () => {
    for (const range of ["bytes=abc", "bytes=10-5", "bytes=999999999-", "bytes=0-10"]) {
      const headers = pass(guardRequest("GET", "/_next/static/chunks/x.js", new Headers({ range, "if-range": '"etag"', accept: "*/*" }), "203.0.113.9", noneMode, API_METHODS));
      expect(headers.has("range"), range).toBe(false);
      expect(headers.has("if-range"), range).toBe(false);
      expect(headers.get("accept")).toBe("*/*");
    }
  });

  it("a page takes GET and HEAD, and POST only as a server action: a form post (Next's no-JavaScript action) or another method is 405", () => {
    const page = (method: string, url: string, extra: Record<string, string> = {}) =>
      guardRequest(method, url, new Headers({ host: "triage.test", origin: "http://triage.test", ...extra }), "203.0.113.9", noneMode, API_METHODS);
    for (const [method, url, extra] of [
      ["POST", "/incidents/new", { "content-type": "multipart/form-data; boundary=x" }],
      ["POST", "/", { "content-type": "application/x-www-form-urlencoded" }],
      ["POST", "/incidents/7?x=1", {}],
      ["PUT", "/incidents/new", {}],
      ["DELETE", "/runbooks", {}],
      ["OPTIONS", "/", {}],
      ["PATCH", "/api-docs", {}],
      // /api is the API's documentation page, not an endpoint.
      ["POST", "/api", {}],
    ] as const) {
      const decision = page(method, url, extra);
      expect(decision, `${method} ${url}`).toMatchObject({ kind: "refuse", status: 405, code: "method_not_allowed", headers: { Allow: "GET, HEAD" } });
      expect(decision.kind === "refuse" && decision.fields.method).toContain("/api");
    }
    for (const [method, url, extra] of [
      ["GET", "/incidents", {}],
      ["HEAD", "/", {}],
      ["POST", "/incidents/new", { "next-action": "abc" }],
      ["POST", "/api/incidents", { "content-type": "application/json" }],
      ["PATCH", "/api/incidents/3", {}],
    ] as const) {
      expect(page(method, url, extra).kind, `${method} ${url}`).toBe("pass");
    }
  });
});
