/**
 * The security headers Triage sends (README: Security > Headers). Pure, so
 * they are unit-tested; applied in two places:
 *
 * - scripts/serve.ts sets `responseSecurityHeaders` on every response (pages,
 *   API, static assets), including the locked-down `API_CSP`;
 * - proxy.ts replaces that CSP on page requests with `pageCsp(nonce)`, a fresh
 *   nonce per request that Next.js puts on its own scripts and the layout puts
 *   on the theme script. Pages are therefore rendered per request
 *   (ARCHITECTURE.md: "Security headers" says what that costs and why).
 */

/** The request header that carries the page's nonce from proxy.ts to the layout. */
export const NONCE_HEADER = "x-nonce";

const HSTS = "max-age=31536000; includeSubDomains";

/**
 * The page policy. No 'unsafe-eval' and no 'unsafe-inline' for scripts: only
 * scripts carrying this request's nonce run, and 'strict-dynamic' lets them load
 * Next's chunks. Styles allow inline: React `style` props and the toaster's
 * injected stylesheet need it, and CSS cannot run code.
 * Development adds 'unsafe-eval', which React's dev build needs for its error overlays.
 */
export function pageCsp(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Responses that are not pages (JSON, static files): nothing may run or embed them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** A fresh, unguessable nonce (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Whether the client reached us over HTTPS: a TLS socket, or X-Forwarded-Proto
 * from a trusted proxy. `headers` must be the ones lib/http/edge-guard.ts let
 * through, which has already dropped X-Forwarded-* from untrusted peers.
 */
export function servedOverHttps(guardedHeaders: Headers, tlsSocket: boolean): boolean {
  if (tlsSocket) return true;
  // A chain of proxies appends: the first value is what the client used.
  const proto = guardedHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return proto === "https";
}

/** The headers every response gets. HSTS only over HTTPS: browsers ignore it on HTTP, and on a plain-HTTP install it would mislead. */
export function responseSecurityHeaders(https: boolean): [string, string][] {
  const headers: [string, string][] = [
    ["Content-Security-Policy", API_CSP],
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "same-origin"],
    ["X-Frame-Options", "DENY"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"],
  ];
  if (https) headers.push(["Strict-Transport-Security", HSTS]);
  return headers;
}

/**
 * A Set-Cookie value marked Secure, for a response served over HTTPS (servedOverHttps): Better
 * Auth marks its cookies Secure only when TRIAGE_PUBLIC_URL is https, which proxy and none modes
 * need not set, so behind a TLS-terminating proxy a 7-day admin session cookie went out without it
 * and a browser would send it over plain HTTP too.
 */
export function secureSetCookie(value: string): string {
  return /;\s*secure\s*(;|$)/i.test(value) ? value : `${value}; Secure`;
}
