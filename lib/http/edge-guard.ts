import type { AuthConfig } from "@/lib/config/auth-config";
import { PEER_HEADER, clientAddress } from "@/lib/auth/client-address";
import { readProxyIdentity } from "@/lib/auth/proxy-identity";
import { allowedApiMethods, type ApiMethodTable } from "./api-methods";
import type { ErrorCode } from "./error-codes";
import { pathOf, refuseMalformedPath } from "./malformed-path";
import { checkSameOrigin } from "./same-origin";

/**
 * What the server in front of Next (scripts/serve.ts) does to every request
 * before Next sees it (pure, so it is unit-tested without a socket):
 *
 * - the internal headers are set from the socket, never taken from the client;
 * - X-Forwarded-Host/Proto/For are dropped unless the peer is a trusted proxy;
 * - in proxy mode, identity headers from any other address are refused (403);
 * - a path with a malformed percent-escape is refused (400, malformed-path.ts):
 *   Next's router answers it with a bare 500;
 * - a page takes GET and HEAD, and POST only as a server action (with the
 *   Next-Action header that Triage's scripts send); anything else is refused
 *   (405). Next would treat a form post to a page as a no-JavaScript server
 *   action: unchecked for a missing Origin, 500 for a foreign one or a body
 *   that is not form data. Triage has no such forms;
 * - a server action with a missing or foreign Origin is refused (403) rather
 *   than reaching Next, whose own check answers 500;
 * - TRACE, TRACK and CONNECT are refused everywhere (405): fetch's Request
 *   cannot carry them, so Next answered TRACE on an API route with a 500;
 * - any other method an API route does not take is refused (405) with the
 *   API's error body and an Allow header (api-methods.ts): Next answered 405
 *   with neither;
 * - an absolute-form target (`GET http://host/path`, what a client sends to a
 *   forward proxy) is read as its path: Next answered it with a 308 to that
 *   host, any host. The Host header stays what it was, so the same-origin
 *   check below cannot be steered by the target;
 * - Range and If-Range are dropped, so a file is always sent whole: Next's
 *   static file handler answered a malformed or unsatisfiable range
 *   (`bytes=abc`, `bytes=10-5`, past the end) with a 500, and Triage serves
 *   nothing large enough to need a range (a server may ignore Range, RFC 9110
 *   §14.2).
 */

export const CLIENT_IP_HEADER = "x-triage-client-ip";
const FORWARDED = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-for", "x-forwarded-port", "forwarded"];

/** A request answered at the edge: `code`, `message` and `fields` are the API's error body; `log` is the server's one line about it. */
export interface EdgeRefusal {
  kind: "refuse";
  status: 400 | 403 | 405;
  code: Extract<ErrorCode, "invalid_input" | "forbidden" | "method_not_allowed">;
  message: string;
  fields: Record<string, string>;
  log: string;
  headers?: Record<string, string>;
}

const PAGE_METHODS = ["GET", "HEAD"];
/** Methods that fetch's Request refuses to represent (the Fetch standard's forbidden methods). */
const UNREPRESENTABLE_METHODS = ["CONNECT", "TRACE", "TRACK"];

/** `url` is the request target for Next: the one received, in origin form. */
export type EdgeDecision = { kind: "pass"; headers: Headers; url: string } | EdgeRefusal;

/** An absolute-form request target as the origin-form one it names (`http://a/b?c` → `/b?c`); any other target unchanged. Pure. */
export function toOriginForm(target: string): string {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(target);
  if (!scheme) return target;
  const rest = target.slice(scheme[0].length);
  return rest.startsWith("/") ? rest : `/${rest}`;
}

export function guardRequest(method: string, target: string, incoming: Headers, peer: string | undefined, config: AuthConfig, apiMethods: ApiMethodTable): EdgeDecision {
  const url = toOriginForm(target);
  const malformed = refuseMalformedPath(url);
  if (malformed) return malformed;
  const headers = new Headers(incoming);
  headers.delete("range");
  headers.delete("if-range");
  headers.delete(PEER_HEADER);
  headers.delete(CLIENT_IP_HEADER);
  if (peer) headers.set(PEER_HEADER, peer);
  const trusted = config.trustedProxies.contains(peer);
  if (!trusted) for (const name of FORWARDED) headers.delete(name);
  const address = clientAddress(headers, config.trustedProxies);
  if (address) headers.set(CLIENT_IP_HEADER, address);

  if (config.mode === "proxy") {
    const identity = readProxyIdentity(headers, config);
    if (identity.kind === "refused") return { kind: "refuse", status: 403, code: "forbidden", message: identity.message, fields: {}, log: identity.log };
  }
  const serverAction = method === "POST" && headers.has("next-action");
  const path = pathOf(url);
  // /api itself is a page (the API's documentation), refused other methods as pages are.
  const api = path.startsWith("/api/");
  if (api) {
    const allowed = allowedApiMethods(apiMethods, path);
    const allow = allowed ? { Allow: allowed.join(", ") } : undefined;
    if (UNREPRESENTABLE_METHODS.includes(method.toUpperCase())) {
      const message = `${method} is not supported: ${allowed ? `${path.slice(0, 200)} takes ${allowed.join(", ")}` : "OPTIONS on a resource lists the methods it takes"}`;
      return { kind: "refuse", status: 405, code: "method_not_allowed", message, fields: { method: message }, log: `refused ${method} ${path.slice(0, 200)} from ${peer ?? "?"}`, headers: allow };
    }
    if (allowed && !allowed.includes(method)) {
      const message = `${method.slice(0, 20)} is not allowed on ${path.slice(0, 200)}: it takes ${allowed.join(", ")}`;
      return { kind: "refuse", status: 405, code: "method_not_allowed", message, fields: { method: message }, log: `refused ${method.slice(0, 20)} ${path.slice(0, 200)} from ${peer ?? "?"}: not a method of this route`, headers: allow };
    }
  }
  if (!serverAction && !PAGE_METHODS.includes(method) && !api) {
    const message = `A page takes ${PAGE_METHODS.join(" and ")} only (and POST from Triage's own scripts); to change data, use the API under /api`;
    return { kind: "refuse", status: 405, code: "method_not_allowed", message, fields: { method: message }, log: `refused ${method.slice(0, 20)} ${path.slice(0, 200)} from ${peer ?? "?"}: not a page method`, headers: { Allow: PAGE_METHODS.join(", ") } };
  }
  if (serverAction) {
    const origin = checkSameOrigin(headers, config.trustedProxies, config.publicUrl);
    if (!origin.ok) return { kind: "refuse", status: 403, code: "forbidden", message: `Refused: ${origin.reason}. Use Triage from its own pages.`, fields: {}, log: `refused a server action from ${peer ?? "?"}: ${origin.reason}` };
  }
  return { kind: "pass", headers, url };
}
