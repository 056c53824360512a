/**
 * One relevance judgement: a query as an engineer types or pastes it, and
 * the result(s) that answer it. Any of `expect` counts as a hit (a few
 * symptoms genuinely belong to two runbooks); top-1 and top-3 are measured
 * on the best-placed one.
 */
export type QueryStyle = "log" | "event" | "phrase" | "paraphrase" | "typo" | "zh" | "mixed";

export interface RelevanceCase {
  query: string;
  expect: string[];
  style: QueryStyle;
}
