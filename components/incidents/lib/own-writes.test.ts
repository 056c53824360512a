import { describe, expect, it } from "vitest";
import { OwnWrites } from "./own-writes";

describe("OwnWrites.expected", () => {
  const cases: { name: string; writes: [number, number][]; seen: number; expected: number }[] = [
    { name: "no own write: the version seen", writes: [], seen: 4, expected: 4 },
    { name: "one own write since: its result", writes: [[4, 5]], seen: 4, expected: 5 },
    { name: "two quick clicks in a row: the end of the chain", writes: [[4, 5], [5, 6]], seen: 4, expected: 6 },
    { name: "seen after the first own write: the rest of the chain", writes: [[4, 5], [5, 6]], seen: 5, expected: 6 },
    { name: "someone else wrote between (5 → 6 is not ours): stops where ours ends", writes: [[4, 5], [6, 7]], seen: 4, expected: 5 },
    { name: "a change that changed nothing does not move the version", writes: [[4, 4]], seen: 4, expected: 4 },
    { name: "an own write from an older version does not apply to a newer one", writes: [[2, 3]], seen: 4, expected: 4 },
  ];
  for (const { name, writes, seen, expected } of cases) {
    it(name, () => {
      const own = new OwnWrites();
      for (const [from, to] of writes) own.record(from, to);
      expect(own.expected(seen)).toBe(expected);
    });
  }

  it("ignores a step that goes back (it would loop)", () => {
    const own = new OwnWrites();
    own.record(5, 4);
    own.record(4, 5);
    expect(own.expected(4)).toBe(5);
  });
});
