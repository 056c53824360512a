import "server-only";
import { db, type Db, type DbExecutor } from "@/lib/db/client";
import { queryLookup, TOTAL_TERM } from "./incident-search-index";
import { fts5Token, matchingIdsSql, placeholders, tsqueryToken, weightedMatchSql, type DatabaseKind } from "./incident-search-sql";
import { oneEditVariants } from "./edit-distance";
import { planIncidentQuery, type CandidatePlan } from "./plan-incident-query";
import { isTypoCandidate, parseQuery, resolveTerms, type ParseOptions, type ResolvedTerm, type Vocabulary } from "./query-terms";
import { rankIncidents, type RankedIncident } from "./rank-incidents";
import { searchDialect } from "./search-dialect";
import { runbookRanker } from "./search-runbooks";
import { weighChineseTerms } from "./weigh-chinese-terms";
import { glossaryFor, glossaryTokensIn } from "./zh-en-glossary";

/**
 * Incident search, in the database: the query's tokens are looked up in
 * SearchTerm (document counts, typo corrections, completions), candidates
 * come from the FTS5 table (SQLite) or the GIN index (PostgreSQL), and the
 * candidates are ranked in rank-incidents.ts. No state in the process: a
 * replica that just started answers like one that has run for a week.
 */

/** Candidates fetched from the index and ranked in full. */
const CANDIDATES = 60;
/** The shortest typed prefix that is completed from the vocabulary. */
const MIN_COMPLETION_PREFIX = 2;
/** Words of a query corrected for typos at most (the longest unknown ones). */
const MAX_TYPO_TERMS = 3;
/** Completion scans of SearchTerm stop after this many terms (a two-letter prefix can start thousands). */
const COMPLETION_SCAN = 2000;

export interface IncidentSearchOptions extends ParseOptions {
  limit?: number;
  /** Leave this incident out (its own "similar incidents"). */
  excludeId?: number;
}

export interface IncidentSearch {
  normalized: string;
  terms: ResolvedTerm[];
  results: RankedIncident[];
}

export async function searchIncidents(query: string, options: IncidentSearchOptions = {}): Promise<IncidentSearch> {
  const kind = searchDialect();
  const client = db();
  const parsed = parseQuery(query, options);
  if (parsed.terms.length === 0) return { normalized: parsed.normalized, terms: [], results: [] };

  const vocabulary = await loadVocabulary(client, kind, parsed.terms, glossaryTokensIn(parsed.normalized));
  // The same weighing of Chinese words as runbook search, against the incidents' own words.
  const terms = weighChineseTerms(parsed.normalized, resolveTerms(parsed.terms, vocabulary), glossaryFor(vocabulary.has));
  const total = vocabulary.counts.get(TOTAL_TERM) ?? 0;
  const plan = planIncidentQuery(terms, vocabulary.counts, total);
  const ids = await candidateIds(client, kind, plan);
  const wanted = ids.filter((id) => id !== options.excludeId);
  const rows = wanted.length ? await client.incident.findMany({ where: { id: { in: wanted } }, select: { id: true, title: true, searchTokens: true } }) : [];
  const results = rankIncidents(rows, terms, vocabulary.counts, total);
  return { normalized: parsed.normalized, terms, results: options.limit ? results.slice(0, options.limit) : results };
}

interface LoadedVocabulary extends Vocabulary {
  counts: Map<string, number>;
}

/**
 * Everything the query needs from SearchTerm, in at most four queries: the
 * counts of its tokens and of the English words of its Chinese glossary words,
 * of the candidate corrections of its unknown words (words one typo away in
 * the runbooks, and incident tokens one edit away), and the completions of
 * the word being typed.
 */
async function loadVocabulary(client: DbExecutor, kind: DatabaseKind, terms: ReturnType<typeof parseQuery>["terms"], translations: string[]): Promise<LoadedVocabulary> {
  const counts = await termCounts(client, kind, [...new Set([TOTAL_TERM, ...terms.map((t) => t.token), ...translations])]);
  // Typo candidates only for words the incidents do not have, the longest few (a pasted log carries many unknown names).
  const missing = terms.filter((t) => isTypoCandidate(t) && !counts.has(t.token)).sort((a, b) => b.surface.length - a.surface.length).slice(0, MAX_TYPO_TERMS);
  const corrections = new Map<string, string[]>();
  const runbooks = runbookRanker();
  for (const term of missing) corrections.set(term.surface, [...runbooks.corrections(term.surface), ...oneEditVariants(term.token)]);
  if (corrections.size) for (const [term, docs] of await termCounts(client, kind, [...new Set([...corrections.values()].flat())])) counts.set(term, docs);
  const typing = terms.find((t) => t.prefix && !t.han && t.surface.length >= MIN_COMPLETION_PREFIX);
  const completions = typing ? await completionsOf(client, kind, typing.surface) : [];
  for (const [term, docs] of completions) counts.set(term, docs);
  if (typing && !counts.has(typing.token)) for (const [term, docs] of await termCounts(client, kind, prefixesOf(typing.surface))) counts.set(term, docs);

  return {
    counts,
    has: (token) => (counts.get(token) ?? 0) > 0,
    corrections: (surface) => (corrections.get(surface) ?? []).filter((token) => (counts.get(token) ?? 0) > 0).slice(0, 5),
    completions: (prefix, limit) => completions.filter(([term]) => term.startsWith(prefix) && term !== prefix).map(([term]) => term).slice(0, limit),
  };
}

/** Stems a partly typed word may already contain ("certifica" → "certif"). */
function prefixesOf(surface: string): string[] {
  const out: string[] = [];
  for (let n = surface.length - 1; n >= 4; n--) out.push(surface.slice(0, n));
  return out;
}

/** Document counts of these terms, in one query whatever their number (the list is one bound value). */
async function termCounts(client: DbExecutor, kind: DatabaseKind, terms: string[]): Promise<Map<string, number>> {
  if (terms.length === 0) return new Map();
  const sql =
    kind === "postgres"
      ? `SELECT "term" AS term, "docs" AS docs FROM "SearchTerm" WHERE "term" = ANY(SELECT jsonb_array_elements_text($1::jsonb))`
      : `SELECT "term" AS term, "docs" AS docs FROM "SearchTerm" WHERE "term" IN (SELECT value FROM json_each(?))`;
  const rows = await client.$queryRawUnsafe<{ term: string; docs: number | bigint }[]>(sql, JSON.stringify(terms));
  return new Map(rows.map((row) => [row.term, Number(row.docs)]));
}

/** Tokens starting with `prefix`, most frequent first (a range of SearchTerm's primary key). */
async function completionsOf(client: DbExecutor, kind: DatabaseKind, prefix: string): Promise<[string, number][]> {
  const rows = await client.$queryRawUnsafe<{ term: string; docs: number | bigint }[]>(
    `SELECT term, docs FROM (SELECT "term" AS term, "docs" AS docs FROM "SearchTerm" WHERE "term" > ${placeholders(kind, 1)} AND "term" < ${placeholders(kind, 1, 2)} ORDER BY "term" LIMIT ${COMPLETION_SCAN}) AS range_scan ORDER BY docs DESC, term LIMIT 8`,
    prefix,
    `${prefix}\u{10FFFF}`,
  );
  return rows.map((r) => [r.term, Number(r.docs)]);
}

/** The candidate ids of a plan: the best-scoring by summed IDF weight ("any"), or the newest holding every token ("all"). */
async function candidateIds(client: Db, kind: DatabaseKind, plan: CandidatePlan): Promise<number[]> {
  if (plan.kind === "none") return [];
  if (plan.kind === "all") {
    const match = kind === "postgres" ? plan.tokens.map(tsqueryToken).join(" & ") : plan.tokens.map(fts5Token).join(" AND ");
    const rows = await queryLookup<{ id: number | bigint }>(client, kind, `${matchingIdsSql(kind, placeholders(kind, 1))} ORDER BY id DESC LIMIT ${CANDIDATES}`, [match]);
    return rows.map((r) => Number(r.id));
  }
  const branches: string[] = [];
  const values: (string | number)[] = [];
  for (const { token, weight } of plan.tokens) {
    branches.push(weightedMatchSql(kind, values.length + 1));
    values.push(weight, kind === "postgres" ? tsqueryToken(token) : fts5Token(token));
  }
  const sql = `SELECT id, SUM(w) AS score FROM (${branches.join(" UNION ALL ")}) AS hits GROUP BY id ORDER BY score DESC, id DESC LIMIT ${CANDIDATES}`;
  const rows = await queryLookup<{ id: number | bigint }>(client, kind, sql, values);
  return rows.map((r) => Number(r.id));
}
