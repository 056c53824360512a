import { idf, normalizeTf, queryWeight, saturate } from "./bm25";
import type { ResolvedTerm } from "./query-terms";
import { tokenize } from "./tokenize";

/**
 * Final ranking of candidate incidents (fetched from either database):
 * BM25 over the searchTokens column plus a title field, with document
 * counts from the SearchTerm table. Pure and deterministic, so SQLite and
 * PostgreSQL rank the same candidates the same way.
 */

export interface IncidentCandidate {
  id: number;
  title: string;
  searchTokens: string;
}

export interface RankedIncident {
  id: number;
  score: number;
  /** Indexed tokens that matched, for highlighting. */
  hits: Set<string>;
}

const TITLE_WEIGHT = 2;
const BODY_B = 0.5;

export function rankIncidents(
  candidates: IncidentCandidate[],
  terms: ResolvedTerm[],
  documentCounts: ReadonlyMap<string, number>,
  total: number,
): RankedIncident[] {
  if (candidates.length === 0) return [];
  // Only the query's tokens are counted: a candidate holds hundreds of others.
  const wanted = new Set(terms.flatMap((t) => t.alternatives.map((a) => a.token)));
  const bodies = candidates.map((c) => c.searchTokens.split(" "));
  const averageLength = bodies.reduce((sum, b) => sum + b.length, 0) / bodies.length;
  const ranked = candidates.map((candidate, i) => {
    const body = countTokens(bodies[i], wanted);
    const title = countTokens(tokenize(candidate.title), wanted);
    let score = 0;
    const hits = new Set<string>();
    for (const term of terms) {
      let best = 0;
      let bestToken = "";
      for (const alternative of term.alternatives) {
        const docs = documentCounts.get(alternative.token) ?? 0;
        if (docs === 0) continue;
        const tf = normalizeTf(body.get(alternative.token) ?? 0, bodies[i].length, averageLength, BODY_B) + TITLE_WEIGHT * (title.get(alternative.token) ?? 0);
        const value = alternative.factor * idf(total, docs) * saturate(tf);
        if (value > best) {
          best = value;
          bestToken = alternative.token;
        }
      }
      if (best > 0) {
        score += best * queryWeight(term.count);
        hits.add(bestToken);
      }
    }
    return { id: candidate.id, score, hits };
  });
  return ranked.filter((r) => r.score > 0).sort((a, b) => b.score - a.score || b.id - a.id);
}

function countTokens(tokens: string[], wanted: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) if (wanted.has(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}
