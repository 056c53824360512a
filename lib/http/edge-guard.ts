import type { AuthConfig } from "@/lib/config/auth-config";
import { PEER_HEADER, clientAddress } from "@/lib/auth/client-address";
import { readProxyIdentity } from "@/lib/auth/proxy-identity";
import type { ErrorCode } from "./error-codes";
import { checkSameOrigin } from "./same-origin";

/**
 * What the server in front of Next (scripts/serve.ts) does to every request
 * before Next sees it (pure, so it is unit-tested without a socket):
 *
 * - the internal headers are set from the socket, never taken from the client;
 * - X-Forwarded-Host/Proto/For are dropped unless the peer is a trusted proxy;
 * - in proxy mode, identity headers from any other address are refused (403);
 * - a server action with a missing or foreign Origin is refused (403) rather
 *   than reaching Next, whose own check answers 500.
 *
 * (A path with a malformed percent-escape is refused before this: malformed-path.ts.)
 */

export const CLIENT_IP_HEADER = "x-triage-client-ip";
const FORWARDED = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-for", "x-forwarded-port", "forwarded"];

/** A request answered at the edge: `code`, `message` and `fields` are the API's error body; `log` is the server's one line about it. */
export interface EdgeRefusal {
  kind: "refuse";
  status: 400 | 403;
  code: Extract<ErrorCode, "invalid_input" | "forbidden">;
  message: string;
  fields: Record<string, string>;
  log: string;
}

export type EdgeDecision = { kind: "pass"; headers: Headers } | EdgeRefusal;

export function guardRequest(method: string, incoming: Headers, peer: string | undefined, config: AuthConfig): EdgeDecision {
  const headers = new Headers(incoming);
  headers.delete(PEER_HEADER);
  headers.delete(CLIENT_IP_HEADER);
  if (peer) headers.set(PEER_HEADER, peer);
  const trusted = config.trustedProxies.contains(peer);
  if (!trusted) for (const name of FORWARDED) headers.delete(name);
  const address = clientAddress(headers, config.trustedProxies);
  if (address) headers.set(CLIENT_IP_HEADER, address);

  if (config.mode === "proxy") {
    const identity = readProxyIdentity(headers, config);
    if (identity.kind === "untrusted") {
      return {
        kind: "refuse",
        status: 403,
        code: "forbidden",
        message: "Identity headers are only accepted from the trusted proxy: connect through it",
        fields: {},
        log: `refused identity headers (${identity.headers.join(", ")}) from ${peer ?? "an unknown address"}: not in TRIAGE_TRUSTED_PROXIES`,
      };
    }
  }
  if (method === "POST" && headers.has("next-action")) {
    const origin = checkSameOrigin(headers, config.trustedProxies, config.publicUrl);
    if (!origin.ok) return { kind: "refuse", status: 403, code: "forbidden", message: `Refused: ${origin.reason}. Use Triage from its own pages.`, fields: {}, log: `refused a server action from ${peer ?? "?"}: ${origin.reason}` };
  }
  return { kind: "pass", headers };
}
