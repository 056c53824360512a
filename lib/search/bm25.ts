/**
 * BM25 pieces shared by the runbook ranker (in memory) and the incident
 * ranker (candidates from the database), so both score a match the same way.
 */

export const K1 = 1.2;

/** Robertson–Spärck Jones IDF, never negative (a word in every document is worth almost nothing, not less). */
export function idf(documents: number, withTerm: number): number {
  return Math.log(1 + (documents - withTerm + 0.5) / (withTerm + 0.5));
}

/** Term-frequency saturation: the third "certificate" in a document adds less than the first. */
export function saturate(weightedTf: number, k1 = K1): number {
  return weightedTf <= 0 ? 0 : (weightedTf * (k1 + 1)) / (weightedTf + k1);
}

/** BM25F's per-field length normalisation of a raw term count. */
export function normalizeTf(tf: number, fieldLength: number, averageLength: number, b: number): number {
  if (tf === 0) return 0;
  const ratio = averageLength > 0 ? fieldLength / averageLength : 1;
  return tf / (1 - b + b * ratio);
}

/** A query word repeated in a pasted log counts a little more, not n times more. */
export function queryWeight(count: number): number {
  return 1 + Math.log(count) / 2;
}
