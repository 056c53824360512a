import { describe, expect, it } from "vitest";
import { loadConfig } from "@/lib/config/env";
import { PEER_HEADER } from "./client-address";
import { readProxyIdentity } from "./proxy-identity";

const config = loadConfig({ TRIAGE_AUTH: "proxy", TRIAGE_TRUSTED_PROXIES: "10.0.0.0/8" }).auth;
/** A string as Node hands a header over: one character per UTF-8 byte. */
const asReceived = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

describe("readProxyIdentity", () => {
  it("reads names and groups that the proxy sent as UTF-8 (they arrived as 'å¼ ä¸')", () => {
    const headers = new Headers({
      [PEER_HEADER]: "10.1.2.3",
      "x-forwarded-preferred-username": asReceived("张三"),
      "x-forwarded-email": asReceived("ZHANG.San@例子.cn"),
      "x-forwarded-groups": asReceived("运维,sre"),
    });
    const result = readProxyIdentity(headers, config);
    expect(result).toEqual({
      kind: "identity",
      identity: {
        user: "张三",
        email: "zhang.san@例子.cn",
        groups: ["运维", "sre"],
        raw: { "x-forwarded-email": "ZHANG.San@例子.cn", "x-forwarded-preferred-username": "张三", "x-forwarded-groups": "运维,sre" },
      },
    });
  });

  it("keeps ASCII and Latin-1 values as they are, and falls back from user to email", () => {
    const headers = new Headers({ [PEER_HEADER]: "10.1.2.3", "x-forwarded-email": "Alice@Example.com", "x-forwarded-groups": "caf\u00e9" });
    expect(readProxyIdentity(headers, config)).toMatchObject({ kind: "identity", identity: { user: "alice@example.com", email: "alice@example.com", groups: ["caf\u00e9"] } });
  });

  it("believes identity headers only from a trusted proxy", () => {
    const headers = new Headers({ [PEER_HEADER]: "192.0.2.1", "x-forwarded-user": "mallory" });
    expect(readProxyIdentity(headers, config)).toMatchObject({ kind: "refused", log: expect.stringContaining("x-forwarded-user") });
    expect(readProxyIdentity(new Headers({ [PEER_HEADER]: "10.1.2.3" }), config)).toEqual({ kind: "none" });
  });
});

describe("readProxyIdentity: only the headers the proxy sets", () => {
  const fromProxy = (headers: Record<string, string>) => new Headers({ [PEER_HEADER]: "10.1.2.3", ...headers });

  it("refuses another proxy's identity header that oauth2-proxy passed through from the client (it was read as an admin's group)", () => {
    const result = readProxyIdentity(fromProxy({ "x-forwarded-email": "bob@example.com", "x-forwarded-groups": "sre", "x-auth-request-groups": "platform-admins" }), config);
    expect(result).toMatchObject({ kind: "refused", message: expect.stringContaining("x-auth-request-groups") });
    expect(result.kind === "refused" && result.log).toContain("10.1.2.3");
  });

  it("behind an ingress's auth_request, refuses a client's own X-Forwarded-Email (it won over the ingress's header)", () => {
    const ingress = loadConfig({
      TRIAGE_AUTH: "proxy",
      TRIAGE_TRUSTED_PROXIES: "10.0.0.0/8",
      TRIAGE_PROXY_EMAIL_HEADERS: "X-Auth-Request-Email",
      TRIAGE_PROXY_USER_HEADERS: "X-Auth-Request-User",
      TRIAGE_PROXY_GROUPS_HEADERS: "X-Auth-Request-Groups",
    }).auth;
    expect(readProxyIdentity(fromProxy({ "x-auth-request-email": "real@example.com", "x-forwarded-email": "spoof@example.com" }), ingress)).toMatchObject({ kind: "refused" });
    expect(readProxyIdentity(fromProxy({ "x-auth-request-email": "real@example.com", "x-auth-request-groups": "sre" }), ingress)).toMatchObject({
      kind: "identity",
      identity: { user: "real@example.com", groups: ["sre"] },
    });
  });

  it("reads groups from the first configured groups header present, never a merge of several", () => {
    const two = loadConfig({ TRIAGE_AUTH: "proxy", TRIAGE_TRUSTED_PROXIES: "10.0.0.0/8", TRIAGE_PROXY_GROUPS_HEADERS: "X-Groups,X-Extra-Groups" }).auth;
    expect(readProxyIdentity(fromProxy({ "x-forwarded-email": "a@example.com", "x-groups": "sre", "x-extra-groups": "platform-admins" }), two)).toMatchObject({
      kind: "identity",
      identity: { groups: ["sre"] },
    });
  });

  it("refuses a name or email longer than a reporter may be, naming the header (it was stored as a 162-character author)", () => {
    const long = `${"a".repeat(250)}@example.com`;
    expect(readProxyIdentity(fromProxy({ "x-forwarded-email": long }), config)).toMatchObject({ kind: "refused", message: expect.stringMatching(/^x-forwarded-email is 262 characters long/) });
    expect(readProxyIdentity(fromProxy({ "x-forwarded-email": `${"a".repeat(242)}@example.com` }), config)).toMatchObject({ kind: "identity" });
  });

  it("believes none of the known identity headers from an untrusted address, configured or not", () => {
    expect(readProxyIdentity(new Headers({ [PEER_HEADER]: "192.0.2.1", "remote-user": "mallory" }), config)).toMatchObject({ kind: "refused", log: expect.stringContaining("remote-user") });
  });
});
