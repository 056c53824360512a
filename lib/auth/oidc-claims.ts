/**
 * Reading an ID token's claims into a Triage user (pure). Better Auth has
 * already verified the token's signature, audience, expiry and nonce against
 * the issuer's discovery document; this also insists that the issuer is the
 * one configured (Better Auth trusts whatever issuer the discovery document
 * names, which OpenID Connect Discovery 1.0 §4.3 says must match).
 */
import { MAX_IDENTITY_LENGTH } from "./identity-length";

export interface OidcProfile {
  id: string;
  sub: string;
  email: string;
  name: string;
  emailVerified: boolean;
  groups: string[];
}

export type ClaimsCheck = { ok: true; profile: OidcProfile } | { ok: false; reason: string };

/** Groups as IdPs send them: a JSON array of strings, or one string (comma-separated for some proxies). */
export function readGroups(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === "string" && g.length > 0);
  if (typeof value === "string") return value.split(",").map((g) => g.trim()).filter(Boolean);
  return [];
}

export function checkIdTokenClaims(claims: Record<string, unknown>, expected: { issuer: string; clientId: string; groupsClaim: string }): ClaimsCheck {
  const issuer = typeof claims.iss === "string" ? claims.iss.replace(/\/+$/, "") : "";
  if (issuer !== expected.issuer) return { ok: false, reason: `ID token issuer "${claims.iss}" is not the configured TRIAGE_OIDC_ISSUER "${expected.issuer}"` };
  const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audience.includes(expected.clientId)) return { ok: false, reason: `ID token audience does not include the client id "${expected.clientId}"` };
  if (typeof claims.sub !== "string" || !claims.sub) return { ok: false, reason: "ID token has no subject" };
  if (typeof claims.email !== "string" || !claims.email) return { ok: false, reason: "ID token has no email claim: add the email scope, or map an email in the identity provider" };
  if (claims.email.length > MAX_IDENTITY_LENGTH) return { ok: false, reason: `ID token's email is ${claims.email.length} characters long; at most ${MAX_IDENTITY_LENGTH} are accepted` };
  // The first name that fits: a longer one could not be stored as reporter or author.
  const name = [claims.name, claims.preferred_username].find((v): v is string => typeof v === "string" && v.trim().length > 0 && v.length <= MAX_IDENTITY_LENGTH) ?? claims.email;
  return {
    ok: true,
    profile: {
      id: claims.sub,
      sub: claims.sub,
      email: claims.email.toLowerCase(),
      name,
      emailVerified: claims.email_verified === true || claims.email_verified === "true",
      groups: readGroups(claims[expected.groupsClaim]),
    },
  };
}
