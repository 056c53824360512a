import type { AuthMode } from "@/lib/config/auth-config";
import type { RequestContext } from "./actor";
import type { Permission, Role } from "./roles";

/** What the browser is told about who it is (pure; no secrets, no claims). */
export interface ViewerDto {
  mode: AuthMode;
  kind: "user" | "token" | "anonymous";
  name: string;
  role: Role | null;
  permissions: Permission[];
  /** True for a signed-in person whose session can be ended here (OIDC or break-glass); proxy users sign out at the proxy. */
  canSignOut: boolean;
}

export function toViewer(ctx: RequestContext, mode: AuthMode): ViewerDto {
  const { actor } = ctx;
  return {
    mode,
    kind: actor.kind,
    name: actor.name,
    role: actor.role,
    permissions: [...actor.permissions],
    canSignOut: actor.source === "oidc" || actor.source === "break-glass",
  };
}
