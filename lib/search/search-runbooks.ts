import "server-only";
import { RunbookRanker, type RankedRunbook } from "./rank-runbooks";
import { readRunbookSearchSources } from "./read-runbook-search-sources";

/**
 * The runbook side of search. Runbooks are files fixed at build time, so the
 * ranker is built once per process on first use (about a second for a
 * hundred runbooks; see `npm run bench:search` for 5,000) and kept.
 */

let ranker: RunbookRanker | undefined;

export function runbookRanker(): RunbookRanker {
  ranker ??= new RunbookRanker(readRunbookSearchSources());
  return ranker;
}

export interface RunbookSearchOptions {
  tag?: string;
  limit?: number;
  prefix?: boolean;
}

export function searchRunbooks(query: string, options: RunbookSearchOptions = {}): { normalized: string; results: RankedRunbook[] } {
  const found = runbookRanker();
  return { normalized: found.resolve(query, options).normalized, results: found.search(query, options) };
}
