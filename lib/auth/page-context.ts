import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { can, type RequestContext } from "./actor";
import { resolveRequestContext } from "./request-context";
import type { Permission } from "./roles";

/** The request context of a page render: the same resolution as the API, once per request. */
export const pageContext = cache(async (): Promise<RequestContext> => resolveRequestContext(await headers(), "web"));

/**
 * For pages that show incident data or admin screens: the context, or a
 * redirect to the sign-in page (nobody known) or the "not allowed" page.
 */
export async function requirePage(permission: Permission, from: string): Promise<RequestContext> {
  const ctx = await pageContext();
  if (can(ctx, permission)) return ctx;
  if (ctx.actor.kind === "anonymous") redirect(`/sign-in?next=${encodeURIComponent(from)}`);
  redirect(`/sign-in?error=forbidden&next=${encodeURIComponent(from)}`);
}
