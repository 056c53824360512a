import { PEER_HEADER } from "@/lib/auth/client-address";
import type { TrustedProxies } from "@/lib/auth/trusted-proxies";

/**
 * Server actions must come from our own pages: the Origin header must name
 * the host the request was sent to (X-Forwarded-Host only when a trusted
 * proxy set it) or TRIAGE_PUBLIC_URL. A missing Origin is refused too (Next
 * lets it through). Used by the server in front of Next (403 before Next's
 * own check answers 500) and by runAction.
 */
export type OriginCheck = { ok: true } | { ok: false; reason: string };

export function checkSameOrigin(headers: Headers, trusted: TrustedProxies, publicUrl?: string): OriginCheck {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return { ok: false, reason: "the request has no Origin header" };
  let originUrl: URL;
  try {
    originUrl = new URL(origin);
  } catch {
    return { ok: false, reason: "the Origin header is not a URL" };
  }
  if (publicUrl && originUrl.origin === new URL(publicUrl).origin) return { ok: true };
  const forwarded = trusted.contains(headers.get(PEER_HEADER)) ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  const host = forwarded || headers.get("host");
  if (host && originUrl.host === host) return { ok: true };
  return { ok: false, reason: `Origin ${originUrl.origin.slice(0, 100)} is not this site (${(host ?? "no host").slice(0, 100)})` };
}
