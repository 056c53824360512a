import { auth } from "@/lib/auth/better-auth";
import { asTriageError } from "@/lib/auth/better-auth-errors";
import { BETTER_AUTH_ROUTES } from "@/lib/auth/better-auth-routes";
import { sessionsEnabled } from "@/lib/config/auth-config";
import { getConfig } from "@/lib/config/env";
import { errorResponse } from "@/lib/http/api-route";
import { NotFoundError } from "@/lib/incidents/errors";
import { truncateText } from "@/lib/incidents/incident-limits";

export const dynamic = "force-dynamic";

/**
 * Better Auth's endpoints, only those Triage uses (lib/auth/better-auth-routes.ts):
 * start an OIDC sign-in, its callback, sign out, read the session. Everything
 * else it could serve (sign-up, profile updates that could set one's own
 * groups, …) is 404, and so is all of it on a server that issues no sessions
 * (no TRIAGE_AUTH_SECRET), where Better Auth answered 500 to every request.
 * Its errors are answered in Triage's error shape (lib/auth/better-auth-errors.ts).
 */
const ALLOWED = new Set<string>(BETTER_AUTH_ROUTES.map((r) => `${r.method} ${r.path}`));

async function handle(request: Request): Promise<Response> {
  const pathname = truncateText(new URL(request.url).pathname, 200);
  if (!ALLOWED.has(`${request.method} ${pathname}`)) return errorResponse(request, new NotFoundError(`No ${request.method} ${pathname}`));
  if (!sessionsEnabled(getConfig().auth)) return errorResponse(request, new NotFoundError(`Sessions are off on this server (TRIAGE_AUTH_SECRET is not set), so ${pathname} serves nothing; GET /api/me says who you are`));
  return asTriageError(await auth().handler(request), `${request.method} ${pathname}`);
}

export const GET = handle;
export const POST = handle;
