import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { genericOAuth } from "better-auth/plugins/generic-oauth";
import { decodeJwt } from "jose";
import { getConfig, type AppConfig } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { checkSameOrigin } from "@/lib/http/same-origin";
import { breakGlassPlugin } from "./break-glass-plugin";
import { checkIdTokenClaims } from "./oidc-claims";

/**
 * Better Auth, configured from TRIAGE_* settings: sessions in our database
 * (its Prisma adapter on our client), the OIDC provider in oidc mode (PKCE,
 * nonce, ID token verified against the issuer's keys; issuer and audience
 * checked again in checkIdTokenClaims), and the break-glass session endpoint.
 * No telemetry, no network beyond the identity provider.
 */

export const OIDC_PROVIDER_ID = "oidc";

function createAuth(config: AppConfig) {
  const { auth } = config;
  const oidc = auth.oidc;
  return betterAuth({
    appName: "Triage",
    baseURL: auth.publicUrl,
    basePath: "/api/auth",
    secret: auth.secret,
    database: prismaAdapter(db(), { provider: config.database.kind === "postgres" ? "postgresql" : "sqlite" }),
    telemetry: { enabled: false },
    // Better Auth refuses POSTs from origins it does not trust; ours is the one rule of lib/http/same-origin.ts
    // (the host the request was sent to, X-Forwarded-Host only from a trusted proxy, or TRIAGE_PUBLIC_URL).
    // Without it, signing out with no TRIAGE_PUBLIC_URL set (none and proxy modes) was refused.
    trustedOrigins: (request) => {
      const origin = request?.headers.get("origin");
      const sameSite = origin && request && checkSameOrigin(request.headers, auth.trustedProxies, auth.publicUrl).ok;
      return [auth.publicUrl, sameSite ? origin : null];
    },
    user: {
      additionalFields: {
        // Set only from the verified ID token. Not `input: false`: Better Auth then drops them from the OIDC
        // profile too (the e2e admin lost its groups); /api/auth/[...all] serves no endpoint that takes them.
        groups: { type: "string", required: false, defaultValue: "[]" },
        claims: { type: "string", required: false, defaultValue: "{}" },
      },
    },
    session: {
      expiresIn: 7 * 24 * 3600,
      updateAge: 24 * 3600,
      additionalFields: { authMethod: { type: "string", required: false, defaultValue: "oidc", input: false } },
    },
    // An OIDC login never attaches itself to an existing user by email (the break-glass admin's, say).
    account: { accountLinking: { enabled: false } },
    // The break-glass form has its own limiter; Better Auth's keys on client-supplied headers.
    rateLimit: { enabled: false },
    advanced: { useSecureCookies: auth.publicUrl?.startsWith("https://") ?? false, ipAddress: { ipAddressHeaders: ["x-triage-client-ip"] } },
    onAPIError: { errorURL: "/sign-in" },
    plugins: [
      breakGlassPlugin(),
      ...(oidc
        ? [
            genericOAuth({
              config: [
                {
                  providerId: OIDC_PROVIDER_ID,
                  discoveryUrl: `${oidc.issuer}/.well-known/openid-configuration`,
                  clientId: oidc.clientId,
                  clientSecret: oidc.clientSecret,
                  ...(oidc.clientSecret ? {} : { tokenEndpointAuth: { method: "none" as const } }),
                  scopes: oidc.scopes,
                  pkce: true,
                  requireIdTokenVerification: true,
                  overrideUserInfo: true,
                  async getUserInfo(tokens) {
                    // Reached only after Better Auth verified the ID token (signature, audience, expiry, nonce).
                    if (!tokens.idToken) {
                      console.error("[triage] OIDC sign-in refused: the provider returned no ID token");
                      return null;
                    }
                    const checked = checkIdTokenClaims(decodeJwt(tokens.idToken), oidc);
                    if (!checked.ok) {
                      console.error(`[triage] OIDC sign-in refused: ${checked.reason}`);
                      return null;
                    }
                    const claims = decodeJwt(tokens.idToken);
                    return { ...checked.profile, groups: JSON.stringify(checked.profile.groups), claims: JSON.stringify(claims) };
                  },
                  mapProfileToUser: (profile) => ({ groups: String(profile.groups ?? "[]"), claims: String(profile.claims ?? "{}") }),
                },
              ],
            }),
          ]
        : []),
    ],
  });
}

export type TriageAuth = ReturnType<typeof createAuth>;

// Holds no connection of its own (it uses db()), so a module-level instance is enough, even across dev reloads.
let instance: TriageAuth | undefined;

/** The Better Auth instance, created on first use (after the configuration was validated). */
export function auth(): TriageAuth {
  instance ??= createAuth(getConfig());
  return instance;
}

/** Tests only: forget the instance after changing the configuration. */
export function resetAuthForTests(): void {
  instance = undefined;
}
