import { describe, expect, it } from "vitest";
import { formatDateTime, formatDuration, formatZonedDateTime } from "./format";

const s = 1000;
const min = 60 * s;
const h = 60 * min;
const d = 24 * h;

describe("formatDuration", () => {
  it.each([
    [0, "0 s"],
    [499, "0 s"],
    [30 * s, "30 s"], // read "1 min": minutes were rounded before seconds were considered
    [45 * s, "45 s"],
    [59.4 * s, "59 s"],
    [59.6 * s, "1 min"],
    [90 * s, "1 min 30 s"], // read "2 min"
    [4 * min, "4 min"],
    [30 * min + 20 * s, "30 min 20 s"],
    [59 * min + 59.6 * s, "1 h"],
    [2 * h + 10 * min, "2 h 10 min"],
    [2 * h + 10 * min + 29 * s, "2 h 10 min"],
    [2 * h + 10 * min + 31 * s, "2 h 11 min"],
    [47 * h + 59 * min + 40 * s, "2 d"],
    [3 * d + 4 * h, "3 d 4 h"],
    [3 * d + 4 * h + 31 * min, "3 d 5 h"], // hours were cut, not rounded
    [693 * d + 15 * h, "693 d 15 h"],
    [-1, "—"],
    [Number.NaN, "—"],
    [Number.POSITIVE_INFINITY, "—"],
  ])("%s ms → %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe("formatZonedDateTime", () => {
  const newYearsEve = new Date("2026-12-31T16:05:00Z");
  it.each([
    ["UTC", "2026-12-31 16:05 UTC"],
    ["Asia/Shanghai", "2027-01-01 00:05 GMT+8"], // crosses the date and the year
    ["Europe/Berlin", "2026-12-31 17:05 GMT+1"],
    ["America/New_York", "2026-12-31 11:05 EST"],
    ["Asia/Kolkata", "2026-12-31 21:35 GMT+5:30"], // half-hour offset
    ["Pacific/Chatham", "2027-01-01 05:50 GMT+13:45"],
  ])("in %s", (zone, expected) => {
    expect(formatZonedDateTime(newYearsEve, zone)).toBe(expected);
  });

  it("shows midnight as 00, never 24", () => {
    expect(formatZonedDateTime(new Date("2026-06-30T22:00:00Z"), "Europe/Berlin")).toBe("2026-07-01 00:00 GMT+2");
  });

  it("reads exactly as formatDateTime in UTC, so a UTC viewer sees no change after hydration", () => {
    for (const iso of ["2026-01-01T00:00:00Z", "2026-03-29T01:30:00Z", "2026-12-31T23:59:59Z"]) {
      expect(formatZonedDateTime(new Date(iso), "UTC")).toBe(formatDateTime(new Date(iso)));
    }
  });
});
