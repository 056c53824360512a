import { describe, expect, it } from "vitest";
import { MAX_TERM_POSITIONS, parseQuery } from "./query-terms";

const positions = (text: string) => Object.fromEntries(parseQuery(text, { prefix: false }).terms.map((t) => [t.token, t.positions]));

describe("parseQuery: positions", () => {
  it.each<[string, string, Record<string, number[]>]>([
    ["each term where it occurs", 'node "worker-03" not found', { node: [0], worker: [1], found: [3] }],
    ["a repeated term at each occurrence, with its count", "pod restarts pod crash pod", { pod: [0, 2, 4], restart: [1], crash: [3] }],
  ])("%s", (_name, text, expected) => {
    expect(positions(text)).toEqual(expected);
  });

  it("keeps the first MAX_TERM_POSITIONS occurrences of a term, and counts them all", () => {
    const [pod] = parseQuery("pod ".repeat(MAX_TERM_POSITIONS + 10)).terms;
    expect(pod.positions).toEqual(Array.from({ length: MAX_TERM_POSITIONS }, (_, i) => i));
    expect(pod.count).toBe(MAX_TERM_POSITIONS + 10);
  });
});
