import { toMe } from "@/lib/auth/viewer";
import { getConfig } from "@/lib/config/env";
import { apiRoute, jsonResponse } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

/** Who the caller is (session, token or proxy user) and how this server signs people in: for scripts and API clients; pages get the same viewer while rendering (app/layout.tsx). */
export const GET = apiRoute({ access: "public", channel: "web" }, async ({ ctx }) => jsonResponse(toMe(ctx, getConfig().auth)));
