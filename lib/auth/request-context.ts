import "server-only";
import { getConfig } from "@/lib/config/env";
import { HttpError } from "@/lib/http/http-error";
import { sessionsEnabled, type AuthConfig } from "@/lib/config/auth-config";
import type { Actor, Channel, RequestContext } from "./actor";
import { authenticateToken } from "./authenticate-token";
import { auth } from "./better-auth";
import { BREAK_GLASS_METHOD } from "./break-glass-plugin";
import { PEER_HEADER } from "./client-address";
import { readProxyIdentity } from "./proxy-identity";
import { ROLE_PERMISSIONS, roleFromGroups, type Permission } from "./roles";

/**
 * The one place a request becomes a RequestContext: apiRoute (REST and the
 * webhook), runAction (server actions) and the pages call it; the domain
 * functions then authorize against it. In order:
 *
 * 1. `Authorization: Bearer` → an API token (or the bootstrap TRIAGE_API_TOKEN), else 401;
 * 2. proxy identity headers from an untrusted address, or ones the proxy does not set
 *    (lib/auth/proxy-identity.ts) → 403, logged;
 * 3. a session cookie → the signed-in user (OIDC, or the break-glass admin);
 * 4. in proxy mode, identity headers from a trusted proxy → that user;
 * 5. anonymous: an editor in `none` mode (API writes need a token when
 *    TRIAGE_API_TOKEN is set), nobody in `proxy` and `oidc` modes.
 */
export async function resolveRequestContext(headers: Headers, channel: Channel): Promise<RequestContext> {
  const config = getConfig().auth;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  if (headers.has("authorization") && !bearer) {
    throw new HttpError(401, "unauthorized", "The Authorization header must be `Bearer <token>`", { "WWW-Authenticate": 'Bearer realm="triage"' });
  }
  if (bearer) return { actor: await authenticateToken(bearer[1]), channel };

  const proxied = config.mode === "proxy" ? readProxyIdentity(headers, config) : ({ kind: "none" } as const);
  if (proxied.kind === "refused") {
    console.warn(`[triage] ${proxied.log}`);
    throw new HttpError(403, "forbidden", proxied.message);
  }

  const user = await sessionActor(headers, config);
  if (user) return { actor: user, channel };
  if (proxied.kind === "identity") {
    const { identity } = proxied;
    const { role } = roleFromGroups(identity.groups, config.roleMap, config.defaultRole);
    return {
      actor: { kind: "user", id: identity.user, name: identity.email ?? identity.user, email: identity.email, role, permissions: ROLE_PERMISSIONS[role], source: "proxy" },
      channel,
    };
  }
  return { actor: anonymous(config, channel), channel };
}

function anonymous(config: AuthConfig, channel: Channel): Actor {
  let permissions: readonly Permission[] = [];
  if (config.mode === "none") {
    // The embedded default: everyone edits. The bootstrap token, when set, still guards API writes (as it always has).
    permissions = channel !== "web" && config.bootstrapToken ? ["incidents:read"] : ROLE_PERMISSIONS.responder;
  }
  return { kind: "anonymous", id: "anonymous", name: "anonymous", email: null, role: null, permissions, source: "none" };
}

/** The session cookie's user, when sign-in is configured at all. A session only counts in the mode that issued it. */
async function sessionActor(headers: Headers, config: AuthConfig): Promise<Actor | null> {
  if (!sessionsEnabled(config) || !headers.get("cookie")) return null;
  const found = await auth().api.getSession({ headers });
  if (!found) return null;
  const { user, session } = found;
  const email = user.email.toLowerCase();
  if (session.authMethod === BREAK_GLASS_METHOD) {
    if (!config.admin || config.admin.email !== email) return null;
    return { kind: "user", id: user.id, name: email, email, role: "admin", permissions: ROLE_PERMISSIONS.admin, source: "break-glass" };
  }
  if (config.mode !== "oidc") return null;
  const { role } = roleFromGroups(parseGroups(user.groups), config.roleMap, config.defaultRole);
  return { kind: "user", id: user.id, name: user.name || email, email, role, permissions: ROLE_PERMISSIONS[role], source: "oidc" };
}

export function parseGroups(stored: unknown): string[] {
  try {
    const value: unknown = JSON.parse(typeof stored === "string" ? stored : "[]");
    return Array.isArray(value) ? value.filter((g): g is string => typeof g === "string") : [];
  } catch {
    return [];
  }
}

export { PEER_HEADER };
