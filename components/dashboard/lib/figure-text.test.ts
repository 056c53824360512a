import { describe, expect, it } from "vitest";
import { changeBetween } from "@/lib/metrics/metric-change";
import { describeChange, durationUnitFor, formatSeconds, formatShare } from "./figure-text";

describe("figure text", () => {
  it.each([
    [null, "—"],
    [20, "20 s"],
    [30, "30 s"],
    [1500, "25 min"],
    [1530, "25 min 30 s"],
    [10_800, "3 h"],
  ])("formatSeconds(%s) = %s", (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
  });

  it.each([
    [null, "—"],
    [0.5, "50 %"],
    [2 / 3, "67 %"],
  ])("formatShare(%s) = %s", (share, text) => {
    expect(formatShare(share)).toBe(text);
  });

  it.each([
    [120, 1800, "−28 min (−93 %)", "better"],
    [9, 3, "+6 (+200 %)", "worse"],
    [3, 0, "+3", "worse"],
    [5, 5, "no change", "same"],
    [5, null, "no previous figure", "none"],
    [null, 5, "no figure yet", "none"],
  ] as const)("%s vs %s: %s (%s)", (current, previous, text, tone) => {
    const format = (value: number) => (current !== null && current > 100 ? formatSeconds(value) : String(value));
    expect(describeChange(changeBetween(current, previous), format)).toEqual({ text, tone });
  });

  it("a 30 s median against 60 s reads −30 s (it read −1 min: durations were rounded to minutes)", () => {
    expect(describeChange(changeBetween(30, 60), formatSeconds)).toEqual({ text: "−30 s (−50 %)", tone: "better" });
  });

  it.each([
    [0, "s"],
    [90, "s"],
    [1800, "min"],
    [7200, "h"],
    [200_000, "h"],
    [300_000, "d"],
  ])("an axis up to %i s reads in %s", (max, label) => {
    expect(durationUnitFor(max).label).toBe(label);
  });
});
