import { describe, expect, it } from "vitest";
import { mergeResults, strongOnly } from "./merge-results";

const scored = (prefix: string, ...scores: number[]) => scores.map((score, i) => ({ id: `${prefix}${i}`, score }));

describe("merging runbooks and incidents", () => {
  it("drops results far below their side's best, within the near-exact tier too", () => {
    expect(strongOnly(scored("r", 20, 10, 4)).map((r) => r.id)).toEqual(["r0", "r1"]);
    expect(strongOnly(scored("r", 1020, 1010, 15)).map((r) => r.id)).toEqual(["r0", "r1"]);
    expect(strongOnly([])).toEqual([]);
  });

  it("runbooks first, then incidents; each side fills what the other leaves", () => {
    expect(mergeResults(scored("r", 9, 8, 7, 6), scored("i", 5, 4, 3, 2), 4).map((r) => r.id)).toEqual(["r0", "r1", "i0", "i1"]);
    expect(mergeResults(scored("r", 9), scored("i", 5, 4, 3, 2), 4).map((r) => r.id)).toEqual(["r0", "i0", "i1", "i2"]);
    expect(mergeResults(scored("r", 9, 8, 7, 6), scored("i", 5), 4).map((r) => r.id)).toEqual(["r0", "r1", "r2", "i0"]);
    expect(mergeResults([], [], 4)).toEqual([]);
  });
});
