import { describe, expect, it } from "vitest";
import { checkIdTokenClaims, readGroups } from "./oidc-claims";

const expected = { issuer: "https://idp.example.com/realms/ops", clientId: "triage", groupsClaim: "groups" };
const claims = { iss: "https://idp.example.com/realms/ops", aud: "triage", sub: "u1", email: "Ana@Example.com", name: "Ana", email_verified: true, groups: ["sre"] };

describe("checkIdTokenClaims", () => {
  it("accepts the configured issuer and audience, reading email, name and groups", () => {
    expect(checkIdTokenClaims(claims, expected)).toEqual({
      ok: true,
      profile: { id: "u1", sub: "u1", email: "ana@example.com", name: "Ana", emailVerified: true, groups: ["sre"] },
    });
  });

  it("refuses another issuer, even one the discovery document named (mix-up)", () => {
    expect(checkIdTokenClaims({ ...claims, iss: "https://evil.example.com" }, expected)).toMatchObject({ ok: false, reason: expect.stringMatching(/issuer/) });
  });

  it("refuses a token for another client", () => {
    expect(checkIdTokenClaims({ ...claims, aud: ["other"] }, expected)).toMatchObject({ ok: false, reason: expect.stringMatching(/audience/) });
  });

  it("takes no name or email longer than a reporter may be (every write of theirs would be refused)", () => {
    expect(checkIdTokenClaims({ ...claims, email: `${"a".repeat(250)}@example.com` }, expected)).toMatchObject({ ok: false, reason: expect.stringMatching(/email is 262 characters long/) });
    expect(checkIdTokenClaims({ ...claims, name: "N".repeat(255), preferred_username: "ana" }, expected)).toMatchObject({ ok: true, profile: { name: "ana" } });
    expect(checkIdTokenClaims({ ...claims, name: "N".repeat(255) }, expected)).toMatchObject({ ok: true, profile: { name: "Ana@Example.com" } });
  });

  it("needs an email", () => {
    expect(checkIdTokenClaims({ ...claims, email: undefined }, expected)).toMatchObject({ ok: false, reason: expect.stringMatching(/email/) });
  });

  it("reads groups from another claim when configured", () => {
    const result = checkIdTokenClaims({ ...claims, roles: ["platform-admins"] }, { ...expected, groupsClaim: "roles" });
    expect(result.ok && result.profile.groups).toEqual(["platform-admins"]);
  });
});

describe("readGroups", () => {
  it.each([
    [["a", "b", 3, ""], ["a", "b"]],
    ["a, b", ["a", "b"]],
    [undefined, []],
    [{ a: 1 }, []],
  ])("%j → %j", (value, groups) => {
    expect(readGroups(value)).toEqual(groups);
  });
});
