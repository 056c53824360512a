import "server-only";
import { can, type RequestContext } from "@/lib/auth/actor";
import { resolveRequestContext } from "@/lib/auth/request-context";
import { DatabaseUnavailableError, getHealth } from "./get-health";
import type { HealthAnswer } from "./health-schemas";

/**
 * GET /api/health. Everyone gets the status: `{"status":"ok"}` (200) or
 * `{"status":"unavailable"}` (503). Migration names, row counts and the
 * driver's error are details an attacker can use (schema version, data
 * volume, connection strings in error text): only an API token or an admin
 * session sees them. Kubernetes probes use /api/health/live and /api/health/ready.
 */
const NO_STORE = { "Cache-Control": "no-store" };

/** A token (any scope: it was issued by an admin) or an admin session; a missing or bad credential is simply anonymous here. */
async function seesDetails(headers: Headers): Promise<boolean> {
  let ctx: RequestContext;
  try {
    ctx = await resolveRequestContext(headers, "api");
  } catch {
    return false;
  }
  return ctx.actor.kind === "token" || can(ctx, "admin");
}

export async function healthResponse(request: Request): Promise<Response> {
  const details = await seesDetails(request.headers);
  try {
    const health = await getHealth();
    const body: HealthAnswer = details ? health : { status: health.status };
    return Response.json(body, { headers: NO_STORE });
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError)) throw error;
    const body: HealthAnswer = details ? { status: "unavailable", reason: error.message } : { status: "unavailable" };
    return Response.json(body, { status: 503, headers: NO_STORE });
  }
}
