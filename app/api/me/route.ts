import { resolveRequestContext } from "@/lib/auth/request-context";
import { toMe } from "@/lib/auth/viewer";
import { getConfig } from "@/lib/config/env";
import { errorResponse } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

/** Who the caller is (session, token or proxy user) and how this server signs people in: for scripts and API clients; pages get the same viewer while rendering (app/layout.tsx). */
export async function GET(request: Request): Promise<Response> {
  try {
    const config = getConfig().auth;
    return Response.json(toMe(await resolveRequestContext(request.headers, "web"), config), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(request, error);
  }
}
