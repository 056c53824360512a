import { breakGlassSchema, signInBreakGlass, type BreakGlassResult } from "@/lib/auth/sign-in-break-glass";
import { errorResponse } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";
import { checkSameOrigin } from "@/lib/http/same-origin";
import { getConfig } from "@/lib/config/env";
import { HttpError } from "@/lib/http/http-error";
import { unknownBodyFieldsError, unknownQueryParamsError } from "@/lib/http/unknown-names";

export const dynamic = "force-dynamic";

/** The break-glass sign-in form posts here (JSON); on success the session cookie is set. Same-origin only. */
export async function POST(request: Request): Promise<Response> {
  try {
    const { auth } = getConfig();
    const origin = checkSameOrigin(request.headers, auth.trustedProxies, auth.publicUrl);
    if (!origin.ok) throw new HttpError(403, "forbidden", `Refused: ${origin.reason}`);
    // Names it does not take are refused as on every other endpoint, before the limiter counts a guess.
    const unknownParam = unknownQueryParamsError(new URL(request.url).searchParams, []);
    if (unknownParam) throw unknownParam;
    const raw = await readJsonBody(request);
    const input = breakGlassSchema.parse(raw);
    const unknownField = unknownBodyFieldsError(raw, Object.keys(breakGlassSchema.shape));
    if (unknownField) throw unknownField;
    const cookies = await signInBreakGlass(request.headers, input);
    const response = Response.json({ ok: true } satisfies BreakGlassResult, { headers: { "Cache-Control": "no-store" } });
    for (const cookie of cookies.getSetCookie()) response.headers.append("Set-Cookie", cookie);
    return response;
  } catch (error) {
    return errorResponse(request, error);
  }
}
