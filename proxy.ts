import { NextResponse, type NextRequest } from "next/server";
import { NONCE_HEADER, newNonce, pageCsp } from "@/lib/http/security-headers";

/**
 * A fresh CSP nonce for every page request (lib/http/security-headers.ts).
 * Next.js reads the nonce from the request's Content-Security-Policy header and
 * puts it on its own scripts; the root layout reads NONCE_HEADER for the theme script.
 * The other security headers are set for every response by scripts/serve.ts.
 */
export function proxy(request: NextRequest) {
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
