import { describe, expect, it } from "vitest";
import { DocumentIndex } from "./document-index";
import type { ResolvedTerm } from "./query-terms";

const doc = (title: string[]) => ({ fields: { title }, surfaces: title.map((t) => [t, t] as [string, string]) });
const term = (token: string, alternatives: [string, number][]): ResolvedTerm => ({
  token,
  surface: token,
  han: false,
  count: 1,
  prefix: false,
  positions: [0],
  alternatives: alternatives.map(([t, factor]) => ({ token: t, kind: t === token ? "exact" : "typo", factor })),
});

describe("DocumentIndex.search", () => {
  const index = new DocumentIndex([doc(["pod", "stuck"]), doc(["pod", "pending"]), doc(["node", "ready"])], { title: { weight: 1, b: 0 } });

  it("lists each matching document once, whatever the alternatives' factors (a factor of 0 listed them twice)", () => {
    const { docs } = index.search([term("pod", [["pod", 0]]), term("stuck", [["stuck", 0], ["pod", 0]])]);
    expect(new Set(docs).size).toBe(docs.length);
  });

  it("scores a term by its best alternative, times that alternative's factor", () => {
    const exact = index.search([term("stuck", [["stuck", 1]])]).scores[0];
    const { docs, scores } = index.search([term("stuk", [["stuk", 1], ["stuck", 0.7]])]);
    expect(docs).toEqual([0]);
    expect(scores[0]).toBeCloseTo(0.7 * exact, 9);
  });
});
