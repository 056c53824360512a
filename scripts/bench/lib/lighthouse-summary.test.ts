import { describe, expect, it } from "vitest";
import { median, routeOf, SCORE_TARGETS, summarisePage, type LighthouseRun } from "./lighthouse-summary";

const run = (score: number, tbtMs = 0): LighthouseRun => ({ score, fcpMs: 1000, lcpMs: 2000, tbtMs, cls: 0, siMs: 1500 });

describe("median", () => {
  it.each([
    [[3], 3],
    [[0.9, 0.7, 0.8], 0.8],
    [[4, 1, 3, 2], 2.5],
  ])("%j → %d", (values, expected) => expect(median(values)).toBe(expected));
  it("is NaN for no values (a page that never ran must not look fast)", () => expect(median([])).toBeNaN());
});

describe("summarisePage", () => {
  it.each([
    ["at 0.95× passes", [0.855, 0.9, 0.5], 0.9, true],
    ["just below fails", [0.85, 0.85, 0.99], 0.9, false],
    ["above the bare page passes", [1, 1, 1], 0.9, true],
  ])("%s", (_name, scores, bare, meets) => {
    expect(summarisePage(scores.map((s) => run(s)), bare).meetsTarget).toBe(meets);
  });

  it.each([
    ["a page with its own score target passes at that score", [0.9, 0.9, 0.9], 0.9, 0.9, true],
    ["and fails below it even at the ratio", [0.89, 0.89, 0.89], 0.9, 0.9, false],
    ["the ratio still applies to it", [0.9, 0.9, 0.9], 1, 0.9, false],
  ])("%s", (_name, scores, bare, minScore, meets) => {
    expect(summarisePage(scores.map((s) => run(s)), bare, minScore).meetsTarget).toBe(meets);
  });

  it("takes each metric's own median", () => {
    const s = summarisePage([run(0.9, 500), run(0.8, 100), run(0.7, 300)], 0.9);
    expect(s).toMatchObject({ score: 0.8, tbtMs: 300 });
    expect(s.ratio).toBeCloseTo(0.8 / 0.9, 10);
  });
});

it("the dashboard's own target is issue #11's 0.90", () => expect(SCORE_TARGETS["/"]).toBe(0.9));

describe("routeOf", () => {
  const routes = ["/", "/runbooks", "/runbooks/[slug]", "/runbooks/new", "/incidents/[id]", "/incidents/new", "/search"];
  it.each([
    ["/", "/"],
    ["/runbooks/cfs-cpu-throttling", "/runbooks/[slug]"],
    ["/runbooks/new", "/runbooks/new"],
    ["/incidents/1", "/incidents/[id]"],
    ["/incidents/new", "/incidents/new"],
    ["/search?q=OOMKilled", "/search"],
    ["/nowhere/at/all", undefined],
  ])("%s → %s", (page, route) => expect(routeOf(page, routes)).toBe(route));
});
