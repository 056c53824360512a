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
    const headers = pass(guardRequest("GET", "/incidents", new Headers({ "x-triage-peer": "10.0.0.1", "x-triage-client-ip": "10.0.0.1" }), "203.0.113.9", noneMode));
    expect(headers.get("x-triage-peer")).toBe("203.0.113.9");
    expect(headers.get("x-triage-client-ip")).toBe("203.0.113.9");
  });

  it("drops X-Forwarded-* from untrusted peers, keeps them from trusted proxies", () => {
    const forwarded = new Headers({ "x-forwarded-host": "triage.example.com", "x-forwarded-for": "198.51.100.4", "x-forwarded-proto": "https" });
    const direct = pass(guardRequest("GET", "/incidents", forwarded, "203.0.113.9", proxyMode));
    expect(direct.has("x-forwarded-host")).toBe(false);
    expect(direct.has("x-forwarded-for")).toBe(false);
    const viaProxy = pass(guardRequest("GET", "/incidents", forwarded, "10.1.1.1", proxyMode));
    expect(viaProxy.get("x-forwarded-host")).toBe("triage.example.com");
    expect(viaProxy.get("x-triage-client-ip")).toBe("198.51.100.4");
  });

  it("refuses identity headers from an untrusted address in proxy mode, with a log line naming it", () => {
    const decision = guardRequest("GET", "/incidents", new Headers({ "x-forwarded-email": "admin@example.com" }), "127.0.0.1", proxyMode);
    expect(decision).toMatchObject({ kind: "refuse", status: 403, log: expect.stringContaining("x-forwarded-email") });
    expect(decision.kind === "refuse" && decision.log).toContain("127.0.0.1");
    expect(guardRequest("GET", "/incidents", new Headers({ "x-auth-request-groups": "admins" }), "::1", proxyMode).kind).toBe("refuse");
    expect(pass(guardRequest("GET", "/incidents", new Headers({ "x-forwarded-email": "ana@example.com" }), "10.2.3.4", proxyMode)).get("x-forwarded-email")).toBe("ana@example.com");
  });

  it("refuses server actions with a missing or foreign Origin", () => {
    const action = (extra: Record<string, string>, peer = "203.0.113.9") => guardRequest("POST", "/incidents/new", new Headers({ host: "triage.test", "next-action": "abc", ...extra }), peer, noneMode);
    expect(action({ origin: "http://triage.test" }).kind).toBe("pass");
    expect(action({})).toMatchObject({ kind: "refuse", status: 403 });
    expect(action({ origin: "https://evil.example" })).toMatchObject({ kind: "refuse", status: 403 });
    // A forwarded host only counts from a trusted proxy.
    expect(action({ origin: "https://evil.example", "x-forwarded-host": "evil.example" })).toMatchObject({ kind: "refuse" });
  });

  it("refuses a path with a malformed percent-escape before anything else, with 400", () => {
    expect(guardRequest("GET", "/incidents/%zz", new Headers(), "203.0.113.9", noneMode)).toMatchObject({ kind: "refuse", status: 400, code: "invalid_input" });
  });

  it("TRACE, TRACK and CONNECT are 405 on the API too (Next answered TRACE there with a 500); other API methods are Next's to answer", () => {
    for (const method of ["TRACE", "TRACK", "CONNECT"]) {
      for (const url of ["/api/incidents", "/api/incidents/3", "/api", "/incidents", "/_next/static/chunks/x.js"]) {
        const decision = guardRequest(method, url, new Headers({ host: "triage.test" }), "203.0.113.9", noneMode);
        expect(decision, `${method} ${url}`).toMatchObject({ kind: "refuse", status: 405, code: "method_not_allowed" });
      }
    }
    expect(guardRequest("TRACE", "/api/incidents", new Headers(), "203.0.113.9", noneMode)).toMatchObject({ fields: { method: expect.stringContaining("OPTIONS") } });
    for (const method of ["GET", "HEAD", "OPTIONS", "POST", "PATCH", "PUT", "DELETE"]) expect(guardRequest(method, "/api/incidents/3", new Headers(), "203.0.113.9", noneMode).kind, method).toBe("pass");
  });

  it("reads an absolute-form target as its path (Next redirected it to the named host), and keeps the Host header", () => {
    const decision = guardRequest("GET", "http://evil.example/runbooks?q=1", new Headers({ host: "triage.test" }), "203.0.113.9", noneMode);
    expect(decision).toMatchObject({ kind: "pass", url: "/runbooks?q=1" });
    expect(pass(decision).get("host")).toBe("triage.test");
    // The path checks apply to the path it names.
    expect(guardRequest("GET", "https://evil.example/incidents/%zz", new Headers(), "203.0.113.9", noneMode)).toMatchObject({ kind: "refuse", status: 400 });
    expect(guardRequest("PUT", "http://evil.example/runbooks", new Headers(), "203.0.113.9", noneMode)).toMatchObject({ kind: "refuse", status: 405 });
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
      const headers = pass(guardRequest("GET", "/_next/static/chunks/x.js", new Headers({ range, "if-range": '"etag"', accept: "*/*" }), "203.0.113.9", noneMode));
      expect(headers.has("range"), range).toBe(false);
      expect(headers.has("if-range"), range).toBe(false);
      expect(headers.get("accept")).toBe("*/*");
    }
  });

  it("a page takes GET and HEAD, and POST only as a server action: a form post (Next's no-JavaScript action) or another method is 405", () => {
    const page = (method: string, url: string, extra: Record<string, string> = {}) =>
      guardRequest(method, url, new Headers({ host: "triage.test", origin: "http://triage.test", ...extra }), "203.0.113.9", noneMode);
    for (const [method, url, extra] of [
      ["POST", "/incidents/new", { "content-type": "multipart/form-data; boundary=x" }],
      ["POST", "/", { "content-type": "application/x-www-form-urlencoded" }],
      ["POST", "/incidents/7?x=1", {}],
      ["PUT", "/incidents/new", {}],
      ["DELETE", "/runbooks", {}],
      ["OPTIONS", "/", {}],
      ["PATCH", "/api-docs", {}],
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
      ["DELETE", "/api/incidents/3", {}],
      ["POST", "/api", {}],
    ] as const) {
      expect(page(method, url, extra).kind, `${method} ${url}`).toBe("pass");
    }
  });
});
