import { NEAR_EXACT_TIER } from "./rank-runbooks";

/**
 * One list from the two rankings: runbooks first (the fix), then incidents
 * (what happened before). Each side keeps the results within a share of its
 * best score, so a long tail of weak runbook matches does not push every
 * incident out; when one side has fewer, the other fills the limit.
 */

/** Results below this share of their side's best score are dropped from a mixed list. */
export const RELATIVE_CUTOFF = 0.25;

export function strongOnly<T extends { score: number }>(results: T[], cutoff = RELATIVE_CUTOFF): T[] {
  if (results.length === 0) return results;
  const best = results[0].score;
  // Near-exact matches sit in a tier above BM25 scores: compare within the tier.
  const floor = best >= NEAR_EXACT_TIER ? NEAR_EXACT_TIER + (best - NEAR_EXACT_TIER) * cutoff : best * cutoff;
  return results.filter((r) => r.score >= Math.min(floor, best));
}

export function mergeResults<R extends { score: number }, I extends { score: number }>(runbooks: R[], incidents: I[], limit: number): (R | I)[] {
  const strongRunbooks = strongOnly(runbooks);
  const strongIncidents = strongOnly(incidents);
  const half = Math.ceil(limit / 2);
  const runbookCount = Math.min(strongRunbooks.length, Math.max(half, limit - strongIncidents.length));
  const incidentCount = Math.min(strongIncidents.length, limit - runbookCount);
  return [...strongRunbooks.slice(0, runbookCount), ...strongIncidents.slice(0, incidentCount)];
}
