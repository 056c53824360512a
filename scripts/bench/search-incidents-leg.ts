/**
 * One database leg of `npm run bench:search` (run by scripts/bench/search.ts
 * with DATABASE_URL set): loads the generated incidents through the import
 * domain function, then times the query mix against the search index and
 * today's LIKE scan. Prints one JSON line.
 */
import { getConfig } from "@/lib/config/env";
import { disconnectDb } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { bulkInsertIncidents } from "@/lib/incidents/bulk-insert-incidents";
import { readSampleIncidents } from "@/lib/incidents/seed-sample-incidents";
import { readRunbookSearchSources } from "@/lib/search/read-runbook-search-sources";
import { scanIncidentsWithLike } from "@/lib/search/scan-incidents-with-like";
import { searchIncidents } from "@/lib/search/search-incidents";
import { searchIndexSize } from "@/lib/search/search-index-size";
import { generateIncidents, queryMix, summary, type QueryKind } from "./lib/search-corpus";

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const incidents = arg("incidents", 100_000);
const queries = arg("queries", 300);
const likeQueries = arg("like-queries", 30);

await prepareDatabase(getConfig().database);
const corpus = generateIncidents(readSampleIncidents(), readRunbookSearchSources(), incidents);
const { insertMs, indexMs } = await bulkInsertIncidents(corpus);
const mix = queryMix(queries);

for (const { q } of mix.slice(0, 20)) await searchIncidents(q, { limit: 10 }); // warm-up: connections, statement caches
const byKind: Record<QueryKind | "all", number[]> = { short: [], log: [], chinese: [], all: [] };
let found = 0;
for (const { kind, q } of mix) {
  const started = performance.now();
  const { results } = await searchIncidents(q, { limit: 10 });
  const ms = performance.now() - started;
  byKind[kind].push(ms);
  byKind.all.push(ms);
  if (results.length) found += 1;
}

const like: number[] = [];
const indexed: number[] = [];
for (const { q } of mix.slice(0, likeQueries)) {
  // Today's q filter: the query's first ten whitespace-separated words, each a LIKE.
  const words = [...new Set(q.toLowerCase().split(/\s+/).filter(Boolean))].slice(0, 10);
  let started = performance.now();
  await scanIncidentsWithLike(words);
  like.push(performance.now() - started);
  started = performance.now();
  await searchIncidents(q, { limit: 10 });
  indexed.push(performance.now() - started);
}

console.log(
  JSON.stringify({
    kind: getConfig().database.kind,
    incidents,
    insertMs,
    indexMs,
    indexBytes: await searchIndexSize(),
    rssBytes: process.memoryUsage().rss,
    found,
    queries: mix.length,
    latency: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, summary(v)])),
    like: summary(like),
    indexedSameQueries: summary(indexed),
  }),
);
await disconnectDb();
