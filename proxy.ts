import { NextResponse, type NextRequest } from "next/server";
import { actionRequestProblem } from "@/lib/http/action-reply";
import { toErrorResponseBody } from "@/lib/http/error-body";
import { NONCE_HEADER, newNonce, pageCsp } from "@/lib/http/security-headers";

/**
 * A fresh CSP nonce for every page request (lib/http/security-headers.ts).
 * Next.js reads the nonce from the request's Content-Security-Policy header and
 * puts it on its own scripts; the root layout reads NONCE_HEADER for the theme script.
 * The other security headers are set for every response by scripts/serve.ts.
 *
 * A server action's arguments are checked first (lib/http/action-reply.ts): what React's
 * decoder would fail on is a 400 here, and a body over 1 MiB a 413, instead of Next's 500.
 * Next buffers the body for the proxy, so the action still reads it.
 */
export async function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action")) {
    const problem = await actionRequestProblem(request);
    if (problem) {
      const { status, body, headers } = toErrorResponseBody(problem, "server action body check");
      return NextResponse.json(body, { status, headers: { ...headers, "Cache-Control": "no-store" } });
    }
  }
  const nonce = newNonce();
  const csp = pageCsp(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set(NONCE_HEADER, nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only: API routes and static files keep the strict API_CSP that serve.ts sets.
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
