import { z } from "zod";
import { ROLES, parseRoleMap, type Role, type RoleMap } from "@/lib/auth/roles";
import { parseTrustedProxies, type TrustedProxies } from "@/lib/auth/trusted-proxies";

/**
 * The sign-in settings (README: "Running it for a team"). Parsed once with the
 * rest of the configuration; every error is one line naming the variable and
 * how to fix it.
 */

export const AUTH_MODES = ["none", "proxy", "oidc"] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

export interface ProxyHeaders {
  email: string[];
  user: string[];
  groups: string[];
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  groupsClaim: string;
  scopes: string[];
  /** The sign-in button's label ("Sign in with Keycloak"). */
  displayName: string;
}

export interface AuthConfig {
  mode: AuthMode;
  trustedProxies: TrustedProxies;
  proxyHeaders: ProxyHeaders;
  oidc: OidcConfig | undefined;
  /** The address users reach Triage at (OIDC redirect URI, cookie origin). */
  publicUrl: string | undefined;
  /** Signs session cookies; needed whenever anyone can sign in (oidc, or a break-glass admin). */
  secret: string | undefined;
  admin: { email: string; passwordHash: string } | undefined;
  roleMap: RoleMap;
  defaultRole: Role;
  /** TRIAGE_API_TOKEN: the bootstrap token, every scope. */
  bootstrapToken: string | undefined;
}

/**
 * Whether this server issues sessions at all (Better Auth: OIDC sign-in, the break-glass admin). Without
 * TRIAGE_AUTH_SECRET it does not, and Better Auth must not be asked (it throws on its default secret).
 */
export function sessionsEnabled(auth: Pick<AuthConfig, "secret">): boolean {
  return auth.secret !== undefined;
}

/**
 * oauth2-proxy's headers (`--pass-user-headers`), which it sets and strips from what clients send.
 * One proxy's set only: with a second set in the defaults, a client behind oauth2-proxy could add
 * `X-Auth-Request-Groups: admins` (which oauth2-proxy passes through) and be read as an admin.
 * An ingress doing `auth_request` sets the X-Auth-Request-* ones: configure those instead (README).
 */
export const DEFAULT_PROXY_HEADERS: ProxyHeaders = {
  email: ["x-forwarded-email"],
  user: ["x-forwarded-user", "x-forwarded-preferred-username"],
  groups: ["x-forwarded-groups"],
};

/**
 * Identity headers that common SSO proxies set (oauth2-proxy, an ingress's auth_request,
 * Authelia and Authentik). Arriving from the trusted proxy but not among the configured ones,
 * such a header was passed through from the client: a spoofing attempt or a misconfiguration,
 * refused either way (lib/auth/proxy-identity.ts).
 */
export const KNOWN_IDENTITY_HEADERS = [
  "x-forwarded-email",
  "x-forwarded-user",
  "x-forwarded-preferred-username",
  "x-forwarded-groups",
  "x-auth-request-email",
  "x-auth-request-user",
  "x-auth-request-preferred-username",
  "x-auth-request-groups",
  "remote-user",
  "remote-email",
  "remote-name",
  "remote-groups",
] as const;

const optional = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined);

const headerList = optional.transform((v) => (v ? v.split(",").map((h) => h.trim().toLowerCase()).filter(Boolean) : undefined));

export const authEnvSchema = z.object({
  TRIAGE_AUTH: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || "none")
    .pipe(z.enum(AUTH_MODES, { error: `must be one of ${AUTH_MODES.join(", ")} (default none)` })),
  TRIAGE_TRUSTED_PROXIES: optional,
  TRIAGE_PROXY_EMAIL_HEADERS: headerList,
  TRIAGE_PROXY_USER_HEADERS: headerList,
  TRIAGE_PROXY_GROUPS_HEADERS: headerList,
  TRIAGE_OIDC_ISSUER: optional.pipe(z.url({ protocol: /^https?$/, error: "must be the issuer URL, e.g. https://keycloak.example.com/realms/ops" }).optional()),
  TRIAGE_OIDC_CLIENT_ID: optional,
  TRIAGE_OIDC_CLIENT_SECRET: optional,
  TRIAGE_OIDC_GROUPS_CLAIM: optional.transform((v) => v ?? "groups"),
  TRIAGE_OIDC_SCOPES: optional.transform((v) => (v ?? "openid email profile").split(/[\s,]+/).filter(Boolean)),
  TRIAGE_OIDC_NAME: optional.transform((v) => v ?? "single sign-on"),
  TRIAGE_PUBLIC_URL: optional.pipe(z.url({ protocol: /^https?$/, error: "must be the URL people open Triage at, e.g. https://triage.example.com" }).optional()),
  TRIAGE_AUTH_SECRET: optional.pipe(z.string().min(32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)").optional()),
  TRIAGE_ADMIN_EMAIL: optional.pipe(z.email("must be an email address").optional()),
  TRIAGE_ADMIN_PASSWORD_HASH: optional.pipe(
    z
      .string()
      .regex(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/, "must be an argon2id hash ($argon2id$v=19$m=…); make one with `npm run --silent auth:hash-password`")
      .optional(),
  ),
  TRIAGE_ROLE_MAP: optional,
  TRIAGE_DEFAULT_ROLE: optional.transform((v) => v ?? "viewer").pipe(z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` })),
  TRIAGE_API_TOKEN: z
    .string()
    .trim()
    .min(16, "must be at least 16 characters (e.g. `openssl rand -hex 32`)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

type AuthEnv = z.output<typeof authEnvSchema>;

/** Cross-variable rules; each error is `VARIABLE: what to do`. */
export function toAuthConfig(env: AuthEnv): AuthConfig {
  const fail = (message: string): never => {
    throw new AuthConfigError(message);
  };
  let trustedProxies: TrustedProxies;
  try {
    trustedProxies = parseTrustedProxies(env.TRIAGE_TRUSTED_PROXIES);
  } catch (error) {
    return fail(`TRIAGE_TRUSTED_PROXIES: ${(error as Error).message}`);
  }
  let roleMap: RoleMap = [];
  try {
    roleMap = parseRoleMap(env.TRIAGE_ROLE_MAP ?? "");
  } catch (error) {
    fail(`TRIAGE_ROLE_MAP: ${(error as Error).message}`);
  }
  if (env.TRIAGE_AUTH === "proxy" && trustedProxies.cidrs.length === 0) {
    fail("TRIAGE_TRUSTED_PROXIES: required with TRIAGE_AUTH=proxy: the address(es) of your auth proxy, e.g. 10.0.0.0/8 (nothing is trusted by default, not even localhost)");
  }
  if (Boolean(env.TRIAGE_ADMIN_EMAIL) !== Boolean(env.TRIAGE_ADMIN_PASSWORD_HASH)) {
    fail(`${env.TRIAGE_ADMIN_EMAIL ? "TRIAGE_ADMIN_PASSWORD_HASH" : "TRIAGE_ADMIN_EMAIL"}: set TRIAGE_ADMIN_EMAIL and TRIAGE_ADMIN_PASSWORD_HASH together (or neither)`);
  }
  let oidc: OidcConfig | undefined;
  if (env.TRIAGE_AUTH === "oidc") {
    const missing = (["TRIAGE_OIDC_ISSUER", "TRIAGE_OIDC_CLIENT_ID", "TRIAGE_PUBLIC_URL"] as const).filter((name) => !env[name]);
    if (missing.length) fail(`${missing[0]}: required with TRIAGE_AUTH=oidc (also needed: ${["TRIAGE_OIDC_ISSUER", "TRIAGE_OIDC_CLIENT_ID", "TRIAGE_PUBLIC_URL", "TRIAGE_AUTH_SECRET"].join(", ")})`);
    oidc = {
      issuer: env.TRIAGE_OIDC_ISSUER!.replace(/\/+$/, ""),
      clientId: env.TRIAGE_OIDC_CLIENT_ID!,
      clientSecret: env.TRIAGE_OIDC_CLIENT_SECRET,
      groupsClaim: env.TRIAGE_OIDC_GROUPS_CLAIM,
      scopes: env.TRIAGE_OIDC_SCOPES.includes("openid") ? env.TRIAGE_OIDC_SCOPES : ["openid", ...env.TRIAGE_OIDC_SCOPES],
      displayName: env.TRIAGE_OIDC_NAME,
    };
  }
  if (!env.TRIAGE_AUTH_SECRET && (oidc || env.TRIAGE_ADMIN_EMAIL)) {
    fail(`TRIAGE_AUTH_SECRET: required ${oidc ? "with TRIAGE_AUTH=oidc" : "when TRIAGE_ADMIN_EMAIL is set"}, to sign session cookies (e.g. \`openssl rand -base64 32\`)`);
  }
  return {
    mode: env.TRIAGE_AUTH,
    trustedProxies,
    proxyHeaders: {
      email: env.TRIAGE_PROXY_EMAIL_HEADERS ?? DEFAULT_PROXY_HEADERS.email,
      user: env.TRIAGE_PROXY_USER_HEADERS ?? DEFAULT_PROXY_HEADERS.user,
      groups: env.TRIAGE_PROXY_GROUPS_HEADERS ?? DEFAULT_PROXY_HEADERS.groups,
    },
    oidc,
    publicUrl: env.TRIAGE_PUBLIC_URL?.replace(/\/+$/, ""),
    secret: env.TRIAGE_AUTH_SECRET,
    admin: env.TRIAGE_ADMIN_EMAIL && env.TRIAGE_ADMIN_PASSWORD_HASH ? { email: env.TRIAGE_ADMIN_EMAIL.toLowerCase(), passwordHash: env.TRIAGE_ADMIN_PASSWORD_HASH } : undefined,
    roleMap,
    defaultRole: env.TRIAGE_DEFAULT_ROLE,
    bootstrapToken: env.TRIAGE_API_TOKEN,
  };
}

export class AuthConfigError extends Error {}
