import type { TrustedProxies } from "./trusted-proxies";

/**
 * The TCP peer, as the server (scripts/serve.ts) saw it, travels in this
 * header; the server deletes any copy a client sent. App Router handlers do
 * not see the socket, so this is how they know who connected.
 */
export const PEER_HEADER = "x-triage-peer";

/**
 * The client's address: the peer, or when the peer is a trusted proxy, the
 * right-most X-Forwarded-For entry that is not itself a trusted proxy (entries
 * further left are whatever the client claimed).
 */
export function clientAddress(headers: Headers, trusted: TrustedProxies): string | undefined {
  const peer = headers.get(PEER_HEADER) ?? undefined;
  if (!peer || !trusted.contains(peer)) return peer;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) if (!trusted.contains(hops[i])) return hops[i];
  return hops[0] ?? peer;
}
