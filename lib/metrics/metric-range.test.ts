import { describe, expect, it } from "vitest";
import { previousRange, rangeEndingAt } from "./metric-range";

describe("rangeEndingAt", () => {
  it.each([
    // days, now, fromDay, toDay
    [7, "2026-11-22T10:15:00Z", "2026-11-16", "2026-11-22"],
    [1, "2026-11-22T00:00:00Z", "2026-11-22", "2026-11-22"],
    [30, "2026-11-22T23:59:59.999Z", "2026-10-24", "2026-11-22"],
    [90, "2026-03-01T12:00:00Z", "2025-12-02", "2026-03-01"],
    // a range crossing a year, and a leap day
    [7, "2027-01-02T06:00:00Z", "2026-12-27", "2027-01-02"],
    [365, "2028-03-01T00:00:00Z", "2027-03-03", "2028-03-01"],
  ])("%i days at %s: %s … %s", (days, now, fromDay, toDay) => {
    const range = rangeEndingAt(days, new Date(now));
    expect([range.fromDay, range.toDay]).toEqual([fromDay, toDay]);
    expect(range.from.toISOString()).toBe(`${fromDay}T00:00:00.000Z`);
    expect(range.to.toISOString()).toBe(`${toDay}T23:59:59.999Z`);
    expect((range.to.getTime() + 1 - range.from.getTime()) / 86_400_000).toBe(days);
  });

  it("refuses a range that is not a whole number of days", () => {
    expect(() => rangeEndingAt(0, new Date())).toThrow(/at least 1/);
    expect(() => rangeEndingAt(1.5, new Date())).toThrow(/whole number/);
  });
});

describe("previousRange", () => {
  it.each([
    [7, "2026-11-22T10:15:00Z", "2026-11-09", "2026-11-15"],
    [30, "2027-01-10T00:00:00Z", "2026-11-12", "2026-12-11"],
  ])("%i days at %s: the previous one is %s … %s, touching the current one", (days, now, fromDay, toDay) => {
    const current = rangeEndingAt(days, new Date(now));
    const previous = previousRange(current);
    expect([previous.fromDay, previous.toDay]).toEqual([fromDay, toDay]);
    expect(previous.to.getTime() + 1).toBe(current.from.getTime());
    expect(previous.days).toBe(days);
  });
});
