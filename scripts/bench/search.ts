/**
 * `npm run bench:search`: symptom search at scale. Prints numbers; asserts none
 * (machines are shared; the lead re-runs it on a quiet one).
 *
 * - Runbooks, in memory: build time and heap of the ranker for N generated
 *   runbooks, p50/p95/p99 of the query mix, and today's substring filter on
 *   the same runbooks with the speed ratio.
 * - Incidents, per database (SQLite file; PostgreSQL on a throwaway cluster, or
 *   TEST_DATABASE_URL): insert and index build time, index size, process RSS,
 *   p50/p95/p99 by query kind, and today's LIKE scan with the speed ratio.
 *
 * Flags: --runbooks=5000 --incidents=100000 --queries=300 --like-queries=30
 * --db=both|sqlite|postgres. CI-sized: --runbooks=500 --incidents=5000 --queries=60.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { RunbookRanker } from "@/lib/search/rank-runbooks";
import { readRunbookSearchSources } from "@/lib/search/read-runbook-search-sources";
import { findPostgresBinDir, startPgCluster, type PgCluster } from "../lib/pg-cluster";
import { generateRunbooks, queryMix, summary } from "./lib/search-corpus";

const flag = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const runbookCount = Number(flag("runbooks", "5000"));
const incidentCount = Number(flag("incidents", "100000"));
const queryCount = Number(flag("queries", "300"));
const likeCount = Number(flag("like-queries", "30"));
const which = flag("db", "both");

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const row = (label: string, s: { p50: number; p95: number; p99: number }) => `  ${label.padEnd(24)} p50 ${ms(s.p50).padStart(9)}  p95 ${ms(s.p95).padStart(9)}  p99 ${ms(s.p99).padStart(9)}`;

function benchRunbooks(): void {
  const base = readRunbookSearchSources();
  const sources = generateRunbooks(base, runbookCount);
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let started = performance.now();
  const ranker = new RunbookRanker(sources);
  const buildMs = performance.now() - started;
  global.gc?.();
  const heap = process.memoryUsage().heapUsed - heapBefore;
  const mix = queryMix(queryCount);
  for (const { q } of mix.slice(0, 20)) ranker.search(q, { limit: 10 });
  const times: number[] = [];
  for (const { q } of mix) {
    started = performance.now();
    ranker.search(q, { limit: 10 });
    times.push(performance.now() - started);
  }
  // Today's /runbooks?q=: every word a substring of the lower-cased metadata (filter-runbooks.ts before the search index).
  const haystacks = sources.map((r) => [r.title, r.summary, r.slug, ...r.symptoms, ...r.tags, ...r.components, ...r.alerts].join("\n").toLowerCase());
  const scan: number[] = [];
  for (const { q } of mix) {
    started = performance.now();
    const words = q.toLowerCase().split(/\s+/).filter(Boolean);
    haystacks.filter((h) => words.every((w) => h.includes(w)));
    scan.push(performance.now() - started);
  }
  const s = summary(times);
  const old = summary(scan);
  console.log(`\nRunbooks in memory: ${sources.length} runbooks (${base.length} real, the rest variants), ${mix.length} queries`);
  console.log(`  index build              ${ms(buildMs)}, heap ${mb(heap)}${global.gc ? "" : " (approximate: run node with --expose-gc for exact)"}`);
  console.log(row("ranked search", s));
  console.log(row("today's substring filter", old));
  console.log(`  ratio                    the substring filter (metadata only, unranked) is ${(s.p50 / old.p50).toFixed(1)}× faster at p50: it reads ${mb(haystacks.reduce((n, h) => n + h.length, 0))} of metadata; the ranker scores the bodies too`);
}

function benchLeg(name: string, databaseUrl: string): void {
  console.log(`\nIncidents on ${name}: loading ${incidentCount.toLocaleString("en")} generated incidents…`);
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/bench/search-incidents-leg.ts", `--incidents=${incidentCount}`, `--queries=${queryCount}`, `--like-queries=${likeCount}`], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = result.stdout.trim().split("\n").pop() ?? "";
  if (result.status !== 0 || !line.startsWith("{")) {
    console.error(`  ${name} leg failed:\n${result.stderr || result.stdout}`);
    process.exitCode = 1;
    return;
  }
  const r = JSON.parse(line);
  console.log(`  insert                   ${ms(r.insertMs)}  (${r.incidents.toLocaleString("en")} rows through bulkInsertIncidents)`);
  console.log(`  index build              ${ms(r.indexMs)}  (tokens, lookup table, term counts)`);
  console.log(`  index size               ${mb(r.indexBytes)} on disk; process RSS ${mb(r.rssBytes)}`);
  console.log(`  queries                  ${r.queries} (${r.found} with results)`);
  for (const kind of ["all", "short", "log", "chinese"]) console.log(row(kind === "all" ? "all queries" : `  ${kind}`, r.latency[kind]));
  console.log(row(`today's LIKE scan (${likeCount} q)`, r.like));
  console.log(row(`search index, same ${likeCount} q`, r.indexedSameQueries));
  console.log(`  speed ratio              ${(r.like.p50 / r.indexedSameQueries.p50).toFixed(0)}× at p50, ${(r.like.mean / r.indexedSameQueries.mean).toFixed(0)}× on the mean (LIKE / index)`);
}

benchRunbooks();
const scratch = mkdtempSync(path.join(os.tmpdir(), "triage-bench-search-"));
let cluster: PgCluster | undefined;
try {
  if (which !== "postgres") benchLeg("SQLite", `file:${path.join(scratch, "bench.db")}`);
  if (which !== "sqlite") {
    let url = process.env.TEST_DATABASE_URL;
    if (!url && findPostgresBinDir()) {
      cluster = await startPgCluster("triage_bench");
      url = cluster.url;
    }
    if (url) benchLeg("PostgreSQL", url);
    else console.log("\nIncidents on PostgreSQL: SKIPPED (no TEST_DATABASE_URL and no PostgreSQL server binaries)");
  }
} finally {
  cluster?.stop();
  rmSync(scratch, { recursive: true, force: true });
}
