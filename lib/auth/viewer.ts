import { z } from "zod";
import { AUTH_MODES, type AuthConfig, type AuthMode } from "@/lib/config/auth-config";
import type { RequestContext } from "./actor";
import { PERMISSIONS, ROLES } from "./roles";

/** What the browser is told about who it is (pure; no secrets, no claims). */
export const viewerSchema = z.object({
  mode: z.enum(AUTH_MODES).describe("TRIAGE_AUTH: none, proxy or oidc"),
  kind: z.enum(["user", "token", "anonymous"]),
  name: z.string(),
  role: z.enum(ROLES).nullable(),
  permissions: z.array(z.enum(PERMISSIONS)),
  canSignOut: z.boolean().describe("True for a signed-in person whose session can be ended here (OIDC or break-glass); proxy users sign out at the proxy"),
});
export type ViewerDto = z.infer<typeof viewerSchema>;

/** GET /api/me: the viewer, and what the sign-in page offers. */
export const meSchema = viewerSchema
  .extend({
    oidcName: z.string().nullable().describe("The OIDC sign-in button's label, when OIDC is configured"),
    breakGlass: z.boolean().describe("Whether a break-glass admin is configured (POST /api/auth/break-glass)"),
  })
  .meta({ id: "Me" });
export type Me = z.infer<typeof meSchema>;

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

export function toMe(ctx: RequestContext, config: Pick<AuthConfig, "mode" | "oidc" | "admin">): Me {
  return { ...toViewer(ctx, config.mode), oidcName: config.oidc?.displayName ?? null, breakGlass: Boolean(config.admin) };
}
