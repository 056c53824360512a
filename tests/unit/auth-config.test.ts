import { describe, expect, it } from "vitest";
import { loadConfig } from "@/lib/config/env";

const HASH = "$argon2id$v=19$m=19456,t=2,p=1$IJeT3UKRCLD3sgBFgbg3nA$hAU4mRZ17Yeo5CtXeFR8yTnHZjSBuC+wKjs+1uLf2PE";
const SECRET = "0123456789abcdef0123456789abcdef";
const OIDC = { TRIAGE_AUTH: "oidc", TRIAGE_OIDC_ISSUER: "https://idp.example.com/realms/ops/", TRIAGE_OIDC_CLIENT_ID: "triage", TRIAGE_PUBLIC_URL: "https://triage.example.com", TRIAGE_AUTH_SECRET: SECRET };

describe("sign-in configuration", () => {
  it("defaults to none, trusting no proxy, viewer by default", () => {
    const { auth } = loadConfig({});
    expect(auth).toMatchObject({ mode: "none", defaultRole: "viewer", roleMap: [], admin: undefined, oidc: undefined });
    expect(auth.trustedProxies.contains("127.0.0.1")).toBe(false);
  });

  it("reads oidc settings, trimming the issuer's trailing slash and adding openid", () => {
    const { auth } = loadConfig({ ...OIDC, TRIAGE_OIDC_SCOPES: "email profile groups", TRIAGE_ROLE_MAP: "sre=responder" });
    expect(auth.oidc).toMatchObject({ issuer: "https://idp.example.com/realms/ops", clientId: "triage", scopes: ["openid", "email", "profile", "groups"], groupsClaim: "groups" });
    expect(auth.roleMap).toEqual([{ group: "sre", role: "responder" }]);
  });

  it.each([
    [{ TRIAGE_AUTH: "ldap" }, /^TRIAGE_AUTH: must be one of none, proxy, oidc/],
    [{ TRIAGE_AUTH: "proxy" }, /^TRIAGE_TRUSTED_PROXIES: required with TRIAGE_AUTH=proxy/],
    [{ TRIAGE_AUTH: "proxy", TRIAGE_TRUSTED_PROXIES: "localhost" }, /^TRIAGE_TRUSTED_PROXIES: "localhost" is not an IP address or CIDR/],
    [{ ...OIDC, TRIAGE_OIDC_ISSUER: "" }, /^TRIAGE_OIDC_ISSUER: required with TRIAGE_AUTH=oidc/],
    [{ ...OIDC, TRIAGE_OIDC_CLIENT_ID: "" }, /^TRIAGE_OIDC_CLIENT_ID: required with TRIAGE_AUTH=oidc/],
    [{ ...OIDC, TRIAGE_PUBLIC_URL: "" }, /^TRIAGE_PUBLIC_URL: required with TRIAGE_AUTH=oidc/],
    [{ ...OIDC, TRIAGE_AUTH_SECRET: "" }, /^TRIAGE_AUTH_SECRET: required with TRIAGE_AUTH=oidc/],
    [{ ...OIDC, TRIAGE_AUTH_SECRET: "short" }, /^TRIAGE_AUTH_SECRET: must be at least 32 characters/],
    [{ TRIAGE_ADMIN_EMAIL: "root@example.com" }, /^TRIAGE_ADMIN_PASSWORD_HASH: set TRIAGE_ADMIN_EMAIL and TRIAGE_ADMIN_PASSWORD_HASH together/],
    [{ TRIAGE_ADMIN_EMAIL: "root@example.com", TRIAGE_ADMIN_PASSWORD_HASH: "hunter2" }, /^TRIAGE_ADMIN_PASSWORD_HASH: must be an argon2id hash/],
    [{ TRIAGE_ADMIN_EMAIL: "root@example.com", TRIAGE_ADMIN_PASSWORD_HASH: HASH }, /^TRIAGE_AUTH_SECRET: required when TRIAGE_ADMIN_EMAIL is set/],
    [{ TRIAGE_ROLE_MAP: "sre=root" }, /^TRIAGE_ROLE_MAP: entry "sre=root" must look like group=role/],
    [{ TRIAGE_DEFAULT_ROLE: "owner" }, /^TRIAGE_DEFAULT_ROLE: must be one of viewer, responder, admin/],
  ])("%j stops with one line: %s", (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("takes a break-glass admin with a secret, in any mode", () => {
    expect(loadConfig({ TRIAGE_ADMIN_EMAIL: "Root@Example.com", TRIAGE_ADMIN_PASSWORD_HASH: HASH, TRIAGE_AUTH_SECRET: SECRET }).auth.admin).toEqual({ email: "root@example.com", passwordHash: HASH });
  });
});
