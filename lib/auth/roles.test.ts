import { describe, expect, it } from "vitest";
import { parseRoleMap, parseScopes, roleFromGroups } from "./roles";

const map = parseRoleMap("sre=responder, platform-admins=admin,readers=viewer");

describe("roleFromGroups", () => {
  it.each([
    [["sre"], "responder", false],
    [["readers", "platform-admins", "sre"], "admin", false],
    [["SRE"], "viewer", true], // exact names: IdPs treat groups as case-sensitive
    [[], "viewer", true],
  ] as const)("%j → %s", (groups, role, usedDefault) => {
    expect(roleFromGroups(groups, map, "viewer")).toMatchObject({ role, usedDefault });
  });

  it("names the entries that matched", () => {
    expect(roleFromGroups(["sre", "other"], map, "viewer").matched).toEqual([{ group: "sre", role: "responder" }]);
  });

  it("uses the configured default", () => {
    expect(roleFromGroups(["nobody"], map, "responder").role).toBe("responder");
  });
});

describe("parseRoleMap", () => {
  it("keeps groups with = in their name (the role is after the last =)", () => {
    expect(parseRoleMap("ou=groups=admin")).toEqual([{ group: "ou=groups", role: "admin" }]);
  });
  it.each(["sre", "sre=root", "=admin"])("refuses %s, naming it", (raw) => {
    expect(() => parseRoleMap(raw)).toThrow(`entry "${raw}" must look like group=role`);
  });
});

describe("parseScopes", () => {
  it("drops unknown words instead of widening", () => {
    expect(parseScopes("incidents:read,admin,alerts:write")).toEqual(["incidents:read", "alerts:write"]);
  });
});
