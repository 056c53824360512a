/**
 * Roles, scopes and how groups map to roles. Pure: shared by the request
 * context, the admin page and the token form.
 */

export const ROLES = ["viewer", "responder", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** What an API token can be given. */
export const TOKEN_SCOPES = ["incidents:read", "incidents:write", "alerts:write"] as const;

/** The token form's expiry choices, in days (the schema accepts any 1–3650). Here, not in the schema module, so the admin page loads no zod. */
export const EXPIRY_CHOICES = [7, 30, 90, 365] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** Everything an actor may be allowed to do: the token scopes, and managing tokens and settings. */
export const PERMISSIONS = [...TOKEN_SCOPES, "admin"] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  viewer: ["incidents:read"],
  responder: ["incidents:read", "incidents:write", "alerts:write"],
  admin: ["incidents:read", "incidents:write", "alerts:write", "admin"],
};

export const SCOPE_LABEL: Record<TokenScope, string> = {
  "incidents:read": "Read incidents",
  "incidents:write": "Log and change incidents, add notes",
  "alerts:write": "Deliver Alertmanager webhooks",
};

/** Group name → role, from TRIAGE_ROLE_MAP. */
export type RoleMap = ReadonlyArray<{ group: string; role: Role }>;

export interface RoleMapping {
  role: Role;
  /** The entries of the map that matched one of the groups (the highest role wins). */
  matched: { group: string; role: Role }[];
  /** True when no entry matched and the default role applied. */
  usedDefault: boolean;
}

const rank = (role: Role) => ROLES.indexOf(role);

/** The highest role any of the groups maps to; the default when none matches. Group names compare exactly (IdPs treat them as case-sensitive). */
export function roleFromGroups(groups: readonly string[], map: RoleMap, defaultRole: Role): RoleMapping {
  const matched = map.filter((entry) => groups.includes(entry.group));
  if (matched.length === 0) return { role: defaultRole, matched: [], usedDefault: true };
  const role = matched.reduce<Role>((best, entry) => (rank(entry.role) > rank(best) ? entry.role : best), matched[0].role);
  return { role, matched, usedDefault: false };
}

/** `sre=responder,platform-admins=admin` → entries; throws a message naming the bad entry. */
export function parseRoleMap(raw: string): RoleMap {
  const entries: { group: string; role: Role }[] = [];
  for (const part of raw.split(",").map((p) => p.trim()).filter(Boolean)) {
    const at = part.lastIndexOf("=");
    const group = at > 0 ? part.slice(0, at).trim() : "";
    const role = at > 0 ? part.slice(at + 1).trim() : "";
    if (!group || !(ROLES as readonly string[]).includes(role)) {
      throw new Error(`entry "${part}" must look like group=role with role one of ${ROLES.join(", ")} (e.g. sre=responder,platform-admins=admin)`);
    }
    entries.push({ group, role: role as Role });
  }
  return entries;
}

/** Token scopes from the stored comma list; unknown words are dropped, never widened. */
export function parseScopes(stored: string): TokenScope[] {
  return stored.split(",").filter((s): s is TokenScope => (TOKEN_SCOPES as readonly string[]).includes(s));
}
