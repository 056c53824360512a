import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

describe("safeNext", () => {
  it.each([
    ["/incidents?status=open#list", "/incidents?status=open#list"],
    ["/", "/"],
    [null, "/"],
    ["", "/"],
    ["incidents", "/"],
    ["https://evil.example/phish", "/"],
    ["//evil.example/phish", "/"],
    // A browser reads a backslash as a slash and drops tabs and line breaks: these were let through.
    ["/\\evil.example/phish", "/"],
    ["/\t/evil.example", "/"],
    ["/\n/evil.example", "/"],
    ["/%5Cevil.example", "/%5Cevil.example"],
    ["/runbooks/../admin", "/admin"],
  ])("%j → %j", (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});
