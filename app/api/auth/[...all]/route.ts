import { auth } from "@/lib/auth/better-auth";
import { BETTER_AUTH_ROUTES } from "@/lib/auth/better-auth-routes";

export const dynamic = "force-dynamic";

/**
 * Better Auth's endpoints, only those Triage uses (lib/auth/better-auth-routes.ts):
 * start an OIDC sign-in, its callback, sign out, read the session. Everything
 * else it could serve (sign-up, profile updates that could set one's own
 * groups, …) is 404.
 */
const ALLOWED = new Set<string>(BETTER_AUTH_ROUTES.map((r) => `${r.method} ${r.path}`));

async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (!ALLOWED.has(`${request.method} ${pathname}`)) return Response.json({ error: { code: "not_found", message: `No ${request.method} ${pathname}`, fields: {} } }, { status: 404 });
  return auth().handler(request);
}

export const GET = handle;
export const POST = handle;
