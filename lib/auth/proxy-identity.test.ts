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
    expect(readProxyIdentity(headers, config)).toEqual({ kind: "untrusted", peer: "192.0.2.1", headers: ["x-forwarded-user"] });
    expect(readProxyIdentity(new Headers({ [PEER_HEADER]: "10.1.2.3" }), config)).toEqual({ kind: "none" });
  });
});
