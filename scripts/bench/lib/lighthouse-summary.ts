/**
 * The arithmetic of `npm run bench:lighthouse`, kept pure so it is tested:
 * medians per page over the rounds, the ratio to the bare page, and the
 * build route a page path was served by (for its first-load JS).
 */

/** A main page passes when its median score is at least this share of the bare page's, measured in the same run (issue #13). */
export const RATIO_TARGET = 0.95;

/** Pages with a score of their own to reach as well as the ratio: the dashboard (issue #11). */
export const SCORE_TARGETS: Readonly<Record<string, number>> = { "/": 0.9 };

export interface LighthouseRun {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  siMs: number;
}

export function median(values: number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Each metric's own median (not the metrics of the median-score run): a page's figures are each as typical as they can be.
 * A page meets its target when its ratio to the bare page reaches RATIO_TARGET and, where it has one, its score reaches `minScore`.
 */
export function summarisePage(runs: LighthouseRun[], bareScore: number, minScore = 0): LighthouseRun & { ratio: number; meetsTarget: boolean } {
  const of = (key: keyof LighthouseRun) => median(runs.map((r) => r[key]));
  const score = of("score");
  const ratio = bareScore > 0 ? score / bareScore : Number.NaN;
  return { score, fcpMs: of("fcpMs"), lcpMs: of("lcpMs"), tbtMs: of("tbtMs"), cls: of("cls"), siMs: of("siMs"), ratio, meetsTarget: ratio >= RATIO_TARGET && score >= minScore };
}

/** The build's route pattern a concrete path is served by ("/incidents/1" → "/incidents/[id]"); a static segment beats a dynamic one. */
export function routeOf(pagePath: string, routes: string[]): string | undefined {
  const parts = pagePath.split(/[?#]/)[0].split("/").filter(Boolean);
  const dynamicSegments = (route: string) => route.match(/\[/g)?.length ?? 0;
  return routes
    .filter((route) => {
      const segments = route.split("/").filter(Boolean);
      return segments.length === parts.length && segments.every((seg, k) => seg === parts[k] || /^\[[^.\]]+\]$/.test(seg));
    })
    .sort((a, b) => dynamicSegments(a) - dynamicSegments(b))[0];
}
