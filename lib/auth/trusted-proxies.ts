import { BlockList, isIP } from "node:net";

/**
 * TRIAGE_TRUSTED_PROXIES: the addresses whose forwarded headers (identity,
 * X-Forwarded-Host/Proto/For) are believed. Nothing is trusted by default,
 * localhost included: anything on the machine could otherwise claim to be anyone.
 */

export interface TrustedProxies {
  /** The CIDRs as given, for messages and the admin page. */
  readonly cidrs: readonly string[];
  contains(address: string | undefined | null): boolean;
}

/** "10.0.0.0/8, 127.0.0.1, fd00::/8" → a matcher; throws a message naming the bad entry. */
export function parseTrustedProxies(raw: string | undefined): TrustedProxies {
  const list = new BlockList();
  const cidrs: string[] = [];
  for (const entry of (raw ?? "").split(",").map((e) => e.trim()).filter(Boolean)) {
    const [address, bits, extra] = entry.split("/");
    const family = isIP(address);
    const max = family === 4 ? 32 : 128;
    const prefix = bits === undefined ? max : Number(bits);
    if (!family || extra !== undefined || !/^\d+$/.test(bits ?? String(max)) || prefix > max) {
      throw new Error(`"${entry}" is not an IP address or CIDR (e.g. 10.0.0.0/8, 192.168.1.5, fd00::/8)`);
    }
    list.addSubnet(address, prefix, family === 4 ? "ipv4" : "ipv6");
    cidrs.push(entry);
  }
  return {
    cidrs,
    contains(address) {
      if (!address) return false;
      // Dual-stack sockets report IPv4 peers as ::ffff:a.b.c.d.
      const plain = address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
      const family = isIP(plain);
      return family !== 0 && list.check(plain, family === 4 ? "ipv4" : "ipv6");
    },
  };
}
