import { KNOWN_IDENTITY_HEADERS, type AuthConfig } from "@/lib/config/auth-config";
import { headerText } from "@/lib/http/header-text";
import { PEER_HEADER } from "./client-address";
import { MAX_IDENTITY_LENGTH } from "./identity-length";
import { readGroups } from "./oidc-claims";

/**
 * Identity headers set by an SSO proxy (oauth2-proxy, an ingress's auth)
 * (pure). Believed only from TRIAGE_TRUSTED_PROXIES, and only the configured
 * ones: a proxy sets and strips its own headers and passes every other header
 * through from the client, so an identity header it does not set is the
 * client's. Values are read as UTF-8 where their bytes are UTF-8 (headerText):
 * proxies pass names like 张三 through raw.
 */

export interface ProxyIdentity {
  user: string;
  email: string | null;
  groups: string[];
  /** Every identity header as received, for the admin page. */
  raw: Record<string, string>;
}

export type ProxyIdentityResult =
  | { kind: "none" }
  | { kind: "identity"; identity: ProxyIdentity }
  /** 403: said to the client in `message`, to the server's log in `log`. */
  | { kind: "refused"; message: string; log: string };

const read = (headers: Headers, name: string) => {
  const value = headers.get(name);
  return value === null ? undefined : headerText(value).trim();
};
/** The first configured header with a value, by name. */
const first = (headers: Headers, names: string[]) => names.map((name) => ({ name, value: read(headers, name) })).find((h): h is { name: string; value: string } => Boolean(h.value));

export function identityHeaderNames(config: AuthConfig): string[] {
  return [...config.proxyHeaders.email, ...config.proxyHeaders.user, ...config.proxyHeaders.groups];
}

export function readProxyIdentity(headers: Headers, config: AuthConfig): ProxyIdentityResult {
  const configured = identityHeaderNames(config);
  const present = [...new Set([...configured, ...KNOWN_IDENTITY_HEADERS])].filter((name) => headers.has(name));
  if (present.length === 0) return { kind: "none" };
  const peer = headers.get(PEER_HEADER);
  const from = peer ?? "an unknown address";
  if (!config.trustedProxies.contains(peer)) {
    return {
      kind: "refused",
      message: "Identity headers are only accepted from the trusted proxy: connect through it",
      log: `refused identity headers (${present.join(", ")}) from ${from}: not in TRIAGE_TRUSTED_PROXIES`,
    };
  }
  const passedThrough = present.filter((name) => !configured.includes(name));
  if (passedThrough.length) {
    return {
      kind: "refused",
      message: `The proxy passed the identity header ${passedThrough.join(", ")} through from the client; this server reads only ${configured.join(", ")} (TRIAGE_PROXY_*_HEADERS)`,
      log: `refused identity headers (${passedThrough.join(", ")}) that the proxy at ${from} does not set: a client sent them, or TRIAGE_PROXY_*_HEADERS do not name what the proxy sets`,
    };
  }
  const email = first(headers, config.proxyHeaders.email);
  const user = first(headers, config.proxyHeaders.user) ?? email;
  if (!user) return { kind: "none" };
  const tooLong = [email, user].find((h) => h && h.value.length > MAX_IDENTITY_LENGTH);
  if (tooLong) {
    return {
      kind: "refused",
      message: `${tooLong.name} is ${tooLong.value.length} characters long; a user name or email may have at most ${MAX_IDENTITY_LENGTH}`,
      log: `refused identity header ${tooLong.name} from ${from}: ${tooLong.value.length} characters`,
    };
  }
  // One groups header, the first that is present: merged from several, a client could add to what the proxy said.
  const groups = [...new Set(readGroups(first(headers, config.proxyHeaders.groups)?.value))];
  return {
    kind: "identity",
    identity: {
      user: user === email ? email.value.toLowerCase() : user.value,
      email: email?.value.toLowerCase() ?? null,
      groups,
      raw: Object.fromEntries(present.map((name) => [name, read(headers, name) ?? ""])),
    },
  };
}
