import { describe, expect, it } from "vitest";
import { wholeNumberMessages, wholeNumberText } from "./whole-number-text";

const limit = wholeNumberText(1, 200, wholeNumberMessages("limit", 1, 200));

function outcome(input: unknown): number | string {
  const parsed = limit.safeParse(input);
  return parsed.success ? parsed.data : parsed.error.issues.map((i) => i.message).join("; ");
}

describe("wholeNumberText", () => {
  it.each([
    ["1", 1],
    ["200", 200],
    ["050", 50],
    [" 7 ", 7],
  ])("reads %j as %d", (input, expected) => {
    expect(outcome(input)).toBe(expected);
  });

  // z.coerce.number() read "0x10" as 16, "1e2" as 100, "0b1010" as 10 and "" as 0 (then "at least 1").
  it.each([
    ["0x10", "limit must be a whole number"],
    ["1e2", "limit must be a whole number"],
    ["0b1010", "limit must be a whole number"],
    ["", "limit must be a whole number"],
    ["1.5", "limit must be a whole number"],
    ["-3", "limit must be a whole number"],
    ["+3", "limit must be a whole number"],
    ["Infinity", "limit must be a whole number"],
    ["１２", "limit must be a whole number"],
    // A repeated URL parameter arrives as a list: it is one value too many, not a bad number.
    [["1", "2"], "limit must be given once"],
    [["1", "1"], "limit must be given once"],
    [12, "limit must be a whole number"],
    ["0", "limit must be at least 1"],
    ["201", "limit must be at most 200"],
    ["99999999999999999999999", "limit must be at most 200"],
  ])("refuses %j: %s", (input, message) => {
    expect(outcome(input)).toBe(message);
  });
});
