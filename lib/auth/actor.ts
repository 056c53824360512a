import { HttpError } from "@/lib/http/http-error";
import type { Permission, Role } from "./roles";

/**
 * Who is asking, and through which door. Resolved once per request
 * (lib/auth/request-context.ts) by apiRoute, runAction and the pages, then
 * passed into the domain functions, which call authorize() before they write.
 */

/** How a change came in: the browser UI (server actions), the REST API, the Alertmanager webhook, or the `triage` command line. */
export type Channel = "web" | "api" | "webhook" | "cli";

/** How the actor's identity was established. */
export type IdentitySource = "oidc" | "break-glass" | "proxy" | "token" | "bootstrap-token" | "cli" | "none";

export interface Actor {
  kind: "user" | "token" | "anonymous";
  /** User id (or the proxy's user), token id, or "anonymous". */
  id: string;
  /** What the timeline shows: the user's name or email, the token's name; "anonymous" otherwise. */
  name: string;
  email: string | null;
  /** A user's role; tokens and anonymous visitors have scopes only. */
  role: Role | null;
  permissions: readonly Permission[];
  source: IdentitySource;
}

export interface RequestContext {
  actor: Actor;
  channel: Channel;
}

/** The token name the bootstrap TRIAGE_API_TOKEN goes by on timelines. */
export const BOOTSTRAP_TOKEN_NAME = "TRIAGE_API_TOKEN";

export function can(ctx: RequestContext, permission: Permission): boolean {
  return ctx.actor.permissions.includes(permission);
}

const NEEDS: Record<Permission, string> = {
  "incidents:read": "read incidents",
  "incidents:write": "log or change incidents",
  "alerts:write": "deliver Alertmanager webhooks",
  admin: "manage tokens and settings",
};

/**
 * The one authorization check: 401 when nobody is known (sign in, or send a
 * token), 403 when someone is known but lacks the permission.
 */
export function authorize(ctx: RequestContext, permission: Permission): void {
  if (can(ctx, permission)) return;
  const { actor } = ctx;
  if (actor.kind === "anonymous") {
    const how = ctx.channel === "web" ? "Sign in" : "Send Authorization: Bearer <token> (or sign in)";
    throw new HttpError(401, "unauthorized", `${how} to ${NEEDS[permission]}`, ctx.channel === "web" ? {} : { "WWW-Authenticate": 'Bearer realm="triage"' });
  }
  const who = actor.kind === "token" ? `The token "${actor.name}"` : `${actor.name} (role ${actor.role})`;
  const missing = actor.kind === "token" ? `the ${permission} scope` : permission === "admin" ? "the admin role" : "the responder or admin role";
  throw new HttpError(403, "forbidden", `${who} may not ${NEEDS[permission]}: that needs ${missing}`);
}

/** True when the actor is someone we know (signed in, a proxy user, a token), so typed names are not used as authors. */
export function isKnown(actor: Actor): boolean {
  return actor.kind !== "anonymous";
}

/** The IncidentEvent.via value: the channel, with the token's name when a token made the change. */
export function eventVia(ctx: RequestContext): string {
  return ctx.actor.kind === "token" ? `${ctx.channel}:${ctx.actor.name}` : ctx.channel;
}
