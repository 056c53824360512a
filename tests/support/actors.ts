import type { Actor, Channel, RequestContext } from "@/lib/auth/actor";
import { ROLE_PERMISSIONS, type Role, type TokenScope } from "@/lib/auth/roles";

/** Request contexts for tests that call domain functions directly (the routes resolve theirs from the request). */

/** An anonymous visitor with sign-in off: an editor, as `none` mode makes everyone. */
export function anonymousEditor(channel: Channel = "web"): RequestContext {
  const actor: Actor = { kind: "anonymous", id: "anonymous", name: "anonymous", email: null, role: null, permissions: ROLE_PERMISSIONS.responder, source: "none" };
  return { actor, channel };
}

export function userContext(role: Role, name = `${role}@example.com`, channel: Channel = "web"): RequestContext {
  const actor: Actor = { kind: "user", id: name, name, email: name, role, permissions: ROLE_PERMISSIONS[role], source: "oidc" };
  return { actor, channel };
}

export function tokenContext(name: string, scopes: TokenScope[], channel: Channel = "api"): RequestContext {
  const actor: Actor = { kind: "token", id: name, name, email: null, role: null, permissions: scopes, source: "token" };
  return { actor, channel };
}

/** Someone who may read incidents and nothing more (the viewer role): for tests that read what others wrote. */
export function viewerContext(channel: Channel = "web"): RequestContext {
  return userContext("viewer", "viewer@example.com", channel);
}

/** A visitor who is not signed in while sign-in is on (proxy and oidc modes): may read runbooks, nothing else. */
export function signedOut(channel: Channel = "web"): RequestContext {
  const actor: Actor = { kind: "anonymous", id: "anonymous", name: "anonymous", email: null, role: null, permissions: [], source: "none" };
  return { actor, channel };
}
