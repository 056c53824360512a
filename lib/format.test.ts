import { afterEach, describe, expect, it } from "vitest";
import { formatAtOffset, formatDateTime, formatDuration, formatLocalDateTime } from "./format";

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

describe("formatAtOffset", () => {
  const newYearsEve = new Date("2026-12-31T16:05:00Z");
  it.each([
    [0, "2026-12-31 16:05 UTC"],
    [480, "2027-01-01 00:05 GMT+8"], // Asia/Shanghai: crosses the date and the year
    [60, "2026-12-31 17:05 GMT+1"],
    [-300, "2026-12-31 11:05 GMT-5"], // America/New_York in winter
    [330, "2026-12-31 21:35 GMT+5:30"], // Asia/Kolkata: half-hour offset
    [-210, "2026-12-31 12:35 GMT-3:30"], // America/St_Johns: negative half-hour offset
    [825, "2027-01-01 05:50 GMT+13:45"], // Pacific/Chatham
    [-720, "2026-12-31 04:05 GMT-12"],
  ])("at %s min", (offset, expected) => {
    expect(formatAtOffset(newYearsEve, offset)).toBe(expected);
  });

  it("shows midnight as 00, never 24", () => {
    expect(formatAtOffset(new Date("2026-06-30T22:00:00Z"), 120)).toBe("2026-07-01 00:00 GMT+2");
  });

  it("reads exactly as formatDateTime at offset 0, so a UTC viewer sees no change after hydration", () => {
    for (const iso of ["2026-01-01T00:00:00Z", "2026-03-29T01:30:00Z", "2026-12-31T23:59:59Z"]) {
      expect(formatAtOffset(new Date(iso), 0)).toBe(formatDateTime(new Date(iso)));
      expect(formatAtOffset(new Date(iso), -0)).toBe(formatDateTime(new Date(iso)));
    }
  });
});

describe("formatLocalDateTime", () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it.each([
    ["Asia/Shanghai", "2026-12-31T16:05:00Z", "2027-01-01 00:05 GMT+8"],
    ["America/New_York", "2026-12-31T16:05:00Z", "2026-12-31 11:05 GMT-5"],
    ["America/New_York", "2026-07-01T16:05:00Z", "2026-07-01 12:05 GMT-4"], // summer time: that date's offset, not today's
    ["Europe/London", "2026-12-31T16:05:00Z", "2026-12-31 16:05 UTC"],
    ["Asia/Kolkata", "2026-12-31T16:05:00Z", "2026-12-31 21:35 GMT+5:30"],
  ])("on a clock in %s, %s reads %s", (zone, iso, expected) => {
    process.env.TZ = zone;
    expect(formatLocalDateTime(new Date(iso))).toBe(expected);
  });
});
