import { describe, expect, it } from "vitest";
import { isoWeekLabel, isoWeekStart, weekBuckets } from "./iso-week";

describe("ISO weeks in UTC", () => {
  it.each([
    // any instant → Monday of its week, ISO label
    ["2026-11-22T23:59:59.999Z", "2026-11-16", "2026-W47"], // a Sunday: still the week that began on Monday
    ["2026-11-23T00:00:00Z", "2026-11-23", "2026-W48"], // Monday midnight starts the next week
    ["2026-12-31T12:00:00Z", "2026-12-28", "2026-W53"], // 2026 has 53 weeks (it starts on a Thursday)
    ["2027-01-03T18:00:00Z", "2026-12-28", "2026-W53"], // early January can belong to the previous ISO year
    ["2027-01-04T00:00:00Z", "2027-01-04", "2027-W01"],
    ["2025-12-29T08:00:00Z", "2025-12-29", "2026-W01"], // late December can belong to the next ISO year
    ["2024-02-29T00:00:00Z", "2024-02-26", "2024-W09"],
  ])("%s is in the week of %s (%s)", (instant, monday, label) => {
    const start = isoWeekStart(new Date(instant));
    expect(start.toISOString()).toBe(`${monday}T00:00:00.000Z`);
    expect(isoWeekLabel(new Date(instant))).toBe(label);
  });

  it("buckets a range crossing a year into clipped weeks, oldest first", () => {
    const buckets = weekBuckets(new Date("2026-12-24T00:00:00Z"), new Date("2027-01-06T23:59:59.999Z"));
    expect(buckets.map((b) => [b.key, b.label, b.from.toISOString(), b.to.toISOString()])).toEqual([
      ["2026-12-21", "2026-W52", "2026-12-24T00:00:00.000Z", "2026-12-27T23:59:59.999Z"],
      ["2026-12-28", "2026-W53", "2026-12-28T00:00:00.000Z", "2027-01-03T23:59:59.999Z"],
      ["2027-01-04", "2027-W01", "2027-01-04T00:00:00.000Z", "2027-01-06T23:59:59.999Z"],
    ]);
  });

  it("a range inside one week is one bucket", () => {
    const buckets = weekBuckets(new Date("2026-11-17T00:00:00Z"), new Date("2026-11-18T23:59:59.999Z"));
    expect(buckets.map((b) => b.key)).toEqual(["2026-11-16"]);
  });
});
