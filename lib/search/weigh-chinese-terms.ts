import type { ResolvedTerm } from "./query-terms";
import { addTranslations, type Glossary } from "./zh-en-glossary";

/**
 * What runbook and incident search both do to a query's Han terms once they
 * are resolved against their own vocabulary: the glossary's English words as
 * alternatives (zh-en-glossary.ts), then single characters damped. One rule
 * for both, so a mixed query weighs its Chinese words the same way in the
 * runbooks (in memory) and in the incidents (SQL candidates, then rank-incidents.ts).
 */

/**
 * A Han character that the query also has inside one of its bigrams counts
 * a quarter. The bigram segmenter turns n characters into n single characters
 * and n − 1 bigrams, so a few Chinese words outweighed the English ones beside
 * them: in "sysctl forbidden 启动失败" seven Han terms ranked runbooks that say
 * 启动失败 above the sysctl one (now third: the query no longer holds most of a
 * symptom, so no near-exact tier). The characters still count: a
 * one-character query, a character no bigram of the query holds. On
 * tests/relevance 0.5 and 0.25 rank alike but for that query; 0 puts it lower again.
 */
export const SINGLE_HAN_FACTOR = 0.25;

export function dampSingleHan(terms: ResolvedTerm[]): ResolvedTerm[] {
  const inBigrams = new Set(terms.filter((t) => t.han && Array.from(t.token).length > 1).flatMap((t) => Array.from(t.token)));
  if (inBigrams.size === 0) return terms;
  return terms.map((t) =>
    t.han && inBigrams.has(t.token) ? { ...t, alternatives: t.alternatives.map((a) => ({ ...a, factor: a.factor * SINGLE_HAN_FACTOR })) } : t,
  );
}

/** The resolved terms of `normalized` with the glossary's translations added and single Han characters damped. Pure. */
export function weighChineseTerms(normalized: string, terms: ResolvedTerm[], glossary: Glossary): ResolvedTerm[] {
  return dampSingleHan(addTranslations(normalized, terms, glossary));
}
