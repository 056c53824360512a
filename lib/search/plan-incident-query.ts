import { idf, queryWeight } from "./bm25";
import type { ResolvedTerm } from "./query-terms";

/**
 * Which tokens the database looks up to find candidate incidents. A common
 * token (pod, error) has tens of thousands of postings and adds little to
 * the ranking, so candidates come from the rarest tokens whose postings add
 * up to a budget; every query token still scores the candidates afterwards
 * (rank-incidents.ts). When even the rarest token is common, the candidates
 * are the incidents holding the two or three rarest tokens together.
 */

export interface WeightedToken {
  token: string;
  weight: number;
}

export type CandidatePlan =
  | { kind: "none" }
  | { kind: "any"; tokens: WeightedToken[] }
  | { kind: "all"; tokens: string[] };

/** Postings read per query at most in "any" mode (the sum of the chosen tokens' document counts). */
export const POSTINGS_BUDGET = 5000;

export function planIncidentQuery(terms: ResolvedTerm[], documentCounts: ReadonlyMap<string, number>, total: number, budget = POSTINGS_BUDGET): CandidatePlan {
  const options: { token: string; docs: number; weight: number }[] = [];
  for (const term of terms) {
    for (const alternative of term.alternatives) {
      const docs = documentCounts.get(alternative.token) ?? 0;
      if (docs === 0) continue;
      const weight = alternative.factor * idf(total, docs) * queryWeight(term.count);
      const seen = options.find((o) => o.token === alternative.token);
      if (seen) seen.weight = Math.max(seen.weight, weight);
      else options.push({ token: alternative.token, docs, weight });
    }
  }
  if (options.length === 0) return { kind: "none" };
  options.sort((a, b) => a.docs - b.docs || (a.token < b.token ? -1 : 1));
  const chosen: WeightedToken[] = [];
  let postings = 0;
  for (const option of options) {
    if (postings + option.docs > budget) break;
    postings += option.docs;
    chosen.push({ token: option.token, weight: option.weight });
  }
  if (chosen.length > 0) return { kind: "any", tokens: chosen };
  const distinctTerms = terms.filter((t) => t.alternatives.some((a) => (documentCounts.get(a.token) ?? 0) > 0));
  const rarest = options.filter((o) => distinctTerms.some((t) => t.token === o.token)).slice(0, 3).map((o) => o.token);
  return rarest.length >= 2 ? { kind: "all", tokens: rarest } : { kind: "all", tokens: [options[0].token] };
}
