import "server-only";
import type { BetterAuthPlugin } from "better-auth";
import { createAuthEndpoint } from "better-auth/api";
import { setSessionCookie } from "better-auth/cookies";
import { z } from "zod";

/**
 * The break-glass admin's session, issued by Better Auth so it lives in the
 * same session table and cookie as everyone else's. Server-only: there is no
 * URL for it; lib/auth/sign-in-break-glass.ts checks the password and the
 * rate limit first, then calls it.
 */
export const BREAK_GLASS_METHOD = "break-glass";

export const breakGlassPlugin = () =>
  ({
    id: "triage-break-glass",
    endpoints: {
      breakGlassSession: createAuthEndpoint.serverOnly({ method: "POST", body: z.object({ email: z.string() }) }, async (ctx) => {
        const email = ctx.body.email;
        const adapter = ctx.context.internalAdapter;
        const user = (await adapter.findUserByEmail(email))?.user ?? (await adapter.createUser({ email, name: email, emailVerified: true }, { method: BREAK_GLASS_METHOD }));
        const session = await adapter.createSession(user.id, false, { authMethod: BREAK_GLASS_METHOD }, true);
        await setSessionCookie(ctx, { session, user });
        return ctx.json({ ok: true });
      }),
    },
  }) satisfies BetterAuthPlugin;
