import type { AuthConfig } from "@/lib/config/auth-config";
import { headerText } from "@/lib/http/header-text";
import { PEER_HEADER } from "./client-address";
import { readGroups } from "./oidc-claims";

/**
 * Identity headers set by an SSO proxy (oauth2-proxy, an ingress's auth)
 * (pure). Believed only from TRIAGE_TRUSTED_PROXIES; the same headers from
 * anywhere else are a spoofing attempt. Values are read as UTF-8 where their
 * bytes are UTF-8 (headerText): proxies pass names like 张三 through raw.
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
  | { kind: "untrusted"; peer: string | null; headers: string[] };

const read = (headers: Headers, name: string) => {
  const value = headers.get(name);
  return value === null ? undefined : headerText(value);
};
const first = (headers: Headers, names: string[]) => names.map((n) => read(headers, n)?.trim()).find((v): v is string => Boolean(v));

export function identityHeaderNames(config: AuthConfig): string[] {
  return [...config.proxyHeaders.email, ...config.proxyHeaders.user, ...config.proxyHeaders.groups];
}

export function readProxyIdentity(headers: Headers, config: AuthConfig): ProxyIdentityResult {
  const present = identityHeaderNames(config).filter((name) => headers.has(name));
  if (present.length === 0) return { kind: "none" };
  const peer = headers.get(PEER_HEADER);
  if (!config.trustedProxies.contains(peer)) return { kind: "untrusted", peer, headers: present };
  const email = first(headers, config.proxyHeaders.email)?.toLowerCase() ?? null;
  const user = first(headers, config.proxyHeaders.user) ?? email;
  if (!user) return { kind: "none" };
  const groups = [...new Set(config.proxyHeaders.groups.flatMap((name) => readGroups(read(headers, name))))];
  return { kind: "identity", identity: { user, email, groups, raw: Object.fromEntries(present.map((name) => [name, read(headers, name) ?? ""])) } };
}
