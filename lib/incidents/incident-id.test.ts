import { describe, expect, it } from "vitest";
import { parseApiTokenId } from "@/lib/auth/api-token-id";
import { NotFoundError } from "./errors";
import { parseIncidentId } from "./incident-id";

/** The 404 for an id that cannot exist: a 3,000-character `{id}` was echoed whole in the message. */
describe.each([
  ["parseIncidentId", parseIncidentId, "Incident"],
  ["parseApiTokenId", parseApiTokenId, "API token"],
])("%s", (_name, parse, noun) => {
  it("reads a record id", () => {
    expect(parse("42")).toBe(42);
  });

  it.each([["0x2"], ["2e0"], [" 2"], ["abc"]])("refuses %j as not found, naming it", (raw) => {
    expect(() => parse(raw)).toThrow(new NotFoundError(`${noun} ${raw} not found`));
  });

  it("shows at most 40 characters of a long id, not cutting a character in half", () => {
    expect(() => parse("9".repeat(3000))).toThrow(new NotFoundError(`${noun} ${"9".repeat(39)}… not found`));
    expect(() => parse(`${"9".repeat(38)}🔥🔥`)).toThrow(new NotFoundError(`${noun} ${"9".repeat(38)}… not found`));
  });
});
