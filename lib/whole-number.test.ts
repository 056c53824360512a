import { describe, expect, it } from "vitest";
import { MAX_RECORD_ID, readRecordId, readWholeNumber } from "./whole-number";

describe("readWholeNumber", () => {
  it.each([
    ["25", 25],
    [" 7 ", 7],
    ["007", 7],
    ["0", 0],
    ["0x10", null],
    ["1e2", null],
    ["", null],
    ["1.0", null],
    ["-1", null],
    ["Infinity", null],
    ["１２", null],
  ])("%j → %j", (text, expected) => {
    expect(readWholeNumber(text)).toBe(expected);
  });
});

describe("readRecordId", () => {
  it.each([
    ["1", 1],
    ["42", 42],
    [String(MAX_RECORD_ID), MAX_RECORD_ID],
    [String(MAX_RECORD_ID + 1), null],
    ["0", null],
    ["01", null],
    [" 1", null],
    ["1e0", null],
    ["0x1", null],
    ["1.5", null],
    ["NaN", null],
    ["abc", null],
    ["99999999999", null],
  ])("%j → %j", (raw, expected) => {
    expect(readRecordId(raw)).toBe(expected);
  });
});
