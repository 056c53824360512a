import { describe, expect, it } from "vitest";
import { parseIsoDate, parseIsoDateTime } from "./iso-time";

describe("parseIsoDateTime", () => {
  it.each([
    ["2026-11-22T10:15:00Z", "2026-11-22T10:15:00.000Z"],
    ["2026-11-22T10:15Z", "2026-11-22T10:15:00.000Z"],
    ["2026-11-22T10:15:00.5+02:00", "2026-11-22T08:15:00.500Z"],
    ["2026-11-22T10:15:00.123456789-05:30", "2026-11-22T15:45:00.123Z"],
    ["2024-02-29T00:00:00Z", "2024-02-29T00:00:00.000Z"],
    ["0001-01-01T00:00:00Z", "0001-01-01T00:00:00.000Z"],
  ])("accepts %s", (text, iso) => {
    expect(parseIsoDateTime(text)?.toISOString()).toBe(iso);
  });

  it.each([
    ["no time zone (ambiguous)", "2026-11-22T10:15:00"],
    ["date only", "2026-11-22"],
    ["February 30 (Date would roll it into March)", "2026-02-30T00:00:00Z"],
    ["not a leap year", "2026-02-29T00:00:00Z"],
    ["month 13", "2026-13-01T00:00:00Z"],
    ["hour 24", "2026-11-22T24:00:00Z"],
    ["offset without colon", "2026-11-22T10:15:00+0200"],
    ["a space instead of T", "2026-11-22 10:15:00Z"],
    ["empty", ""],
    ["words", "yesterday"],
  ])("rejects %s", (_why, text) => {
    expect(parseIsoDateTime(text)).toBeNull();
  });
});

describe("parseIsoDate", () => {
  it("reads a calendar day as midnight UTC", () => {
    expect(parseIsoDate("2026-11-22")?.toISOString()).toBe("2026-11-22T00:00:00.000Z");
  });
  it.each(["2026-11-31", "2026-11-22T00:00:00Z", "22.11.2026", ""])("rejects %s", (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });
});
