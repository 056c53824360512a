import "server-only";
import { getConfig } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { authorize, type RequestContext } from "./actor";
import { readProxyIdentity } from "./proxy-identity";
import { parseGroups } from "./request-context";
import { roleFromGroups, type RoleMapping, type RoleMap, type Role } from "./roles";

/** What the admin page shows about the viewer's own sign-in, so a wrong TRIAGE_ROLE_MAP is found in a minute. */
export interface AccessReport {
  source: string;
  name: string;
  email: string | null;
  /** The raw claims (OIDC) or identity headers (proxy) as received. */
  raw: Record<string, unknown>;
  rawLabel: string;
  groups: string[];
  mapping: RoleMapping | null;
  roleMap: RoleMap;
  defaultRole: Role;
  groupsFrom: string;
}

export async function describeAccess(ctx: RequestContext, headers: Headers): Promise<AccessReport> {
  authorize(ctx, "admin");
  const config = getConfig().auth;
  const { actor } = ctx;
  const base = { source: actor.source, name: actor.name, email: actor.email, roleMap: config.roleMap, defaultRole: config.defaultRole };
  if (actor.source === "oidc") {
    const user = await db().user.findUnique({ where: { id: actor.id } });
    const groups = parseGroups(user?.groups);
    let claims: Record<string, unknown> = {};
    try {
      claims = JSON.parse(user?.claims ?? "{}") as Record<string, unknown>;
    } catch {
      // Stored by us as JSON; an unreadable value shows as no claims.
    }
    return { ...base, raw: claims, rawLabel: "ID token claims at your last sign-in", groups, mapping: roleFromGroups(groups, config.roleMap, config.defaultRole), groupsFrom: `the "${config.oidc?.groupsClaim}" claim (TRIAGE_OIDC_GROUPS_CLAIM)` };
  }
  if (actor.source === "proxy") {
    const read = readProxyIdentity(headers, config);
    const identity = read.kind === "identity" ? read.identity : null;
    const groups = identity?.groups ?? [];
    return { ...base, raw: identity?.raw ?? {}, rawLabel: "Identity headers from the proxy on this request", groups, mapping: roleFromGroups(groups, config.roleMap, config.defaultRole), groupsFrom: `the headers ${config.proxyHeaders.groups.join(", ")}` };
  }
  return { ...base, raw: { TRIAGE_ADMIN_EMAIL: config.admin?.email ?? null }, rawLabel: "Break-glass sign-in", groups: [], mapping: null, groupsFrom: "none: the break-glass admin is always admin" };
}
