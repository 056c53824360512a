/**
 * A real OpenID Connect provider on loopback for the e2e OIDC flow (the
 * `oidc-provider` package, the certified implementation many IdPs build on),
 * with its built-in login and consent pages. One confidential client,
 * authorization code + PKCE; accounts are whatever login is typed, with
 * groups from the table below. Not a mock of Triage's code: Triage talks to it
 * through discovery, the authorize endpoint, the token endpoint and its JWKS,
 * as it would to Keycloak or Dex.
 */
import Provider from "oidc-provider";

const port = Number(process.env.OIDC_PORT ?? 3405);
const appUrl = process.env.APP_URL ?? "http://127.0.0.1:3404";
const issuer = `http://127.0.0.1:${port}`;

/** login → groups: "ana" is an SRE (responder), "root" a platform admin, anyone else gets no group (viewer). */
const GROUPS: Record<string, string[]> = { ana: ["sre", "staff"], root: ["platform-admins"] };

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: "triage-e2e",
      client_secret: "triage-e2e-secret-0123456789abcdef",
      redirect_uris: [`${appUrl}/api/auth/callback/oidc`],
      post_logout_redirect_uris: [`${appUrl}/sign-in`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    },
  ],
  pkce: { required: () => true },
  scopes: ["openid", "email", "profile", "groups"],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "preferred_username"], groups: ["groups"] },
  // Put the scopes' claims in the ID token (Keycloak and Dex do), which is what Triage reads.
  conformIdTokenClaims: false,
  findAccount: async (_ctx, sub) => ({
    accountId: sub,
    claims: async () => ({ sub, email: `${sub}@example.com`, email_verified: true, name: `${sub[0]?.toUpperCase()}${sub.slice(1)} Example`, preferred_username: sub, groups: GROUPS[sub] ?? [] }),
  }),
  features: { devInteractions: { enabled: true } },
});
provider.listen(port, "127.0.0.1", () => console.log(`oidc-provider: ${issuer}`));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(0));
