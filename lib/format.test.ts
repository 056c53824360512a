import { describe, expect, it } from "vitest";
import { formatDuration } from "./format";

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
