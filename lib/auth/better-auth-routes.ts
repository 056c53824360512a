/**
 * The endpoints of Better Auth's own handler (app/api/auth/[...all]) that
 * Triage serves; every other path under it answers 404 (sign-up, profile
 * updates that could set one's own groups, …). Their bodies are Better
 * Auth's, so the OpenAPI document names them here rather than describing
 * them (lib/openapi/api-operations.ts). Pure.
 */
export const BETTER_AUTH_ROUTES = [
  { method: "POST", path: "/api/auth/sign-in/social", purpose: "start an OIDC sign-in; answers the identity provider's URL" },
  { method: "GET", path: "/api/auth/callback/oidc", purpose: "the identity provider's redirect back; sets the session cookie" },
  { method: "POST", path: "/api/auth/sign-out", purpose: "end the session" },
  { method: "GET", path: "/api/auth/get-session", purpose: "read the session" },
] as const;
