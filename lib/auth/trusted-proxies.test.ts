import { describe, expect, it } from "vitest";
import { parseTrustedProxies } from "./trusted-proxies";

describe("parseTrustedProxies", () => {
  const trusted = parseTrustedProxies("10.0.0.0/8, 192.168.1.5, fd00::/8");

  it.each([
    ["10.1.2.3", true],
    ["::ffff:10.1.2.3", true],
    ["192.168.1.5", true],
    ["192.168.1.6", false],
    ["fd12::1", true],
    ["127.0.0.1", false],
    ["::1", false],
    [undefined, false],
    ["not-an-ip", false],
  ])("%s → %s", (address, expected) => {
    expect(trusted.contains(address)).toBe(expected);
  });

  it("trusts nothing by default, localhost included", () => {
    const none = parseTrustedProxies(undefined);
    expect(none.cidrs).toEqual([]);
    expect(none.contains("127.0.0.1")).toBe(false);
  });

  it.each(["10.0.0.0/33", "localhost", "10.0.0.0/8/1", "fd00::/129", "10.0.0.0/x"])("refuses %s, naming it", (entry) => {
    expect(() => parseTrustedProxies(entry)).toThrow(`"${entry}" is not an IP address or CIDR`);
  });
});
