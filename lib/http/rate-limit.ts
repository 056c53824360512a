import "server-only";
import type { RequestContext } from "@/lib/auth/actor";
import { clientAddress } from "@/lib/auth/client-address";
import { getConfig } from "@/lib/config/env";
import { HttpError } from "./http-error";
import { takeRateLimitToken } from "@/lib/rate-limits/take-rate-limit-token";

/**
 * Per-client limits on writes (REST writes and server actions) and on the
 * Alertmanager webhook: TRIAGE_RATE_LIMIT_WRITES and TRIAGE_RATE_LIMIT_WEBHOOK
 * requests per minute (lib/config/env.ts; 0 turns a limit off). The client is
 * the actor when known (a token, a signed-in user), else the client address
 * (the peer, or the address a trusted proxy forwarded). Over the limit: 429
 * with Retry-After in seconds. The buckets are in the database, so every
 * server on it counts against the same allowance.
 */
const WINDOW_MS = 60_000;

export function clientKey(ctx: RequestContext, headers: Headers): string {
  if (ctx.actor.kind !== "anonymous") return `${ctx.actor.kind}:${ctx.actor.id}`;
  return `address:${clientAddress(headers, getConfig().auth.trustedProxies) ?? "unknown"}`;
}

/** Throws 429 when this client has used up its writes (or webhook deliveries) for now. */
export async function enforceRateLimit(ctx: RequestContext, headers: Headers): Promise<void> {
  const { rateLimits } = getConfig();
  const kind = ctx.channel === "webhook" ? "webhook" : "writes";
  const limit = rateLimits[kind];
  if (limit === 0) return;
  const waitMs = await takeRateLimitToken(`${kind}:${clientKey(ctx, headers)}`, limit, WINDOW_MS);
  if (waitMs === 0) return;
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  throw new HttpError(429, "rate_limited", `Too many ${kind === "webhook" ? "webhook deliveries" : "writes"} from this client (limit ${limit} per minute); retry in ${seconds} s`, {
    "Retry-After": String(seconds),
  });
}
