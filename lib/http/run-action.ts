import { headers } from "next/headers";
import type { RequestContext } from "@/lib/auth/actor";
import { resolveRequestContext } from "@/lib/auth/request-context";
import { getConfig } from "@/lib/config/env";
import { toErrorResponseBody, type ApiErrorBody } from "./error-body";
import { HttpError } from "./http-error";
import { enforceRateLimit } from "./rate-limit";
import { checkSameOrigin } from "./same-origin";

/**
 * For server actions: the request context (the same resolution as the API,
 * channel "web"), a same-origin check (a missing or foreign Origin is 403),
 * and the same error mapping as the API, returned instead of thrown (an error
 * thrown from a server action reaches the browser without its fields), so a
 * form can put each message at its field.
 */
export type ActionResult<T> = { ok: true; data: T } | ({ ok: false; status: number } & ApiErrorBody);

export async function actionContext(): Promise<RequestContext> {
  const incoming = await headers();
  const { auth } = getConfig();
  const origin = checkSameOrigin(incoming, auth.trustedProxies, auth.publicUrl);
  if (!origin.ok) {
    console.warn(`[triage] refused a server action: ${origin.reason}`);
    throw new HttpError(403, "forbidden", `Refused: ${origin.reason}. Use Triage from its own pages.`);
  }
  const ctx = await resolveRequestContext(incoming, "web");
  await enforceRateLimit(ctx, incoming);
  return ctx;
}

export async function runAction<T>(where: string, action: (ctx: RequestContext) => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await action(await actionContext()) };
  } catch (error) {
    const mapped = toErrorResponseBody(error, where);
    return { ok: false, status: mapped.status, ...mapped.body };
  }
}
