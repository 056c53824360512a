import { NEAR_EXACT_TIER } from "./rank-runbooks";

/**
 * How strong a runbook match must be before it is suggested with nobody
 * choosing from a list — `triage check-rules` printing "maybe <runbook>"
 * into a pull request. The search page shows weak matches too (a person
 * skims them); a suggestion in CI has to be one worth clicking. Read on
 * the ranker's own scores (rank-runbooks.ts), each tier on its own scale:
 *
 * - BM25F (score below NEAR_EXACT_TIER): at least `bm25`. A rule's
 *   summary and description make a long query, whose weak matches add up
 *   on common words (quota, degraded, took too long) to 10–20.
 * - Near-exact (a runbook's symptom, alert or title inside the query, its
 *   words together): the score above the tier (BM25 plus the phrase's
 *   strength) at least `nearExact`. A literal symptom ("Node is not
 *   ready.") scores 12.9–64 there; a symptom of two common words, even
 *   pasted whole, less (node "worker-03" not found: 5.2).
 *
 * Chosen on kube-prometheus' 94 alerting rules (tests/fixtures/rules/kube-prometheus)
 * with each top suggestion judged by hand: of 51 plausible, 42 pass; of
 * 43 implausible, 30 are dropped (the commit that set these lists samples).
 * That was before the ranker required a symptom's words to stand together:
 * the scattered matches it then put in the near-exact tier at 8–16
 * ("nodes are available:" in "…available space left … node") are BM25
 * matches now, and three implausible ones land just over `bm25`
 * (20.04–20.58) among plausible ones (20.41–20.80): the score cannot tell
 * those apart either.
 */
export const SUGGESTION_FLOOR = { bm25: 20, nearExact: 12 } as const;

/** Whether a runbook search score is strong enough to be suggested on its own. */
export function meetsSuggestionFloor(score: number): boolean {
  return score >= NEAR_EXACT_TIER ? score - NEAR_EXACT_TIER >= SUGGESTION_FLOOR.nearExact : score >= SUGGESTION_FLOOR.bm25;
}
