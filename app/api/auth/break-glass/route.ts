import { breakGlassSchema, signInBreakGlass, type BreakGlassResult } from "@/lib/auth/sign-in-break-glass";
import { errorResponse, parseBody, refuseQueryParams } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";
import { checkSameOrigin } from "@/lib/http/same-origin";
import { getConfig } from "@/lib/config/env";
import { HttpError } from "@/lib/http/http-error";

export const dynamic = "force-dynamic";

/** The break-glass sign-in form posts here (JSON); on success the session cookie is set. Same-origin only. */
export async function POST(request: Request): Promise<Response> {
  try {
    const { auth } = getConfig();
    const origin = checkSameOrigin(request.headers, auth.trustedProxies, auth.publicUrl);
    if (!origin.ok) throw new HttpError(403, "forbidden", `Refused: ${origin.reason}`);
    // Names it does not take are refused as on every other endpoint, before the limiter counts a guess.
    const refused = refuseQueryParams(request);
    if (refused) return refused;
    const input = parseBody(breakGlassSchema, await readJsonBody(request));
    const cookies = await signInBreakGlass(request.headers, input);
    const response = Response.json({ ok: true } satisfies BreakGlassResult, { headers: { "Cache-Control": "no-store" } });
    for (const cookie of cookies.getSetCookie()) response.headers.append("Set-Cookie", cookie);
    return response;
  } catch (error) {
    return errorResponse(request, error);
  }
}
