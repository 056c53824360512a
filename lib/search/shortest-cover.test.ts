import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shortestCover } from "./shortest-cover";

describe("shortestCover", () => {
  it.each<[string, number[][], number]>([
    ["no lists", [], 0],
    ["one list", [[4, 9]], 1],
    ["adjacent", [[3], [4]], 2],
    ["order does not matter", [[4], [3]], 2],
    ["the same position twice", [[5], [5]], 1],
    ["a list with no position", [[1], []], Infinity],
    ["the closest pair, not the first", [[0, 10], [5, 11]], 2],
    ["three lists, tightest in the middle", [[0, 20, 40], [9, 21, 50], [30, 22]].map((l) => l.sort((a, b) => a - b)), 3],
    ["far apart everywhere", [[0, 100], [50]], 51],
  ])("%s", (_name, lists, expected) => {
    expect(shortestCover(lists)).toBe(expected);
  });

  it("agrees with trying every window", () => {
    const sortedSet = fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 8 }).map((l) => l.sort((a, b) => a - b));
    fc.assert(
      fc.property(fc.array(sortedSet, { minLength: 1, maxLength: 5 }), (lists) => {
        let best = Infinity;
        for (let start = 0; start <= 60; start++) {
          for (let end = start; end <= 60 && end - start + 1 < best; end++) {
            if (lists.every((list) => list.some((p) => p >= start && p <= end))) best = end - start + 1;
          }
        }
        expect(shortestCover(lists)).toBe(best);
      }),
    );
  });
});
