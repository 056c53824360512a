/** One database's leg of bench:dashboard (see ../dashboard.ts), in its own process. */
import { getConfig } from "@/lib/config/env";
import { disconnectDb } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { captureQueries, explainQuery } from "@/lib/db/query-builder";
import { refreshPlannerStatistics } from "@/lib/db/refresh-planner-statistics";
import { bulkInsertIncidents } from "@/lib/incidents/bulk-insert-incidents";
import { cliContext } from "@/lib/auth/cli-context";
import { getDashboard } from "@/lib/metrics/get-dashboard";
import { listRunbooks } from "@/lib/runbooks/runbook-index";
import { syntheticIncidents } from "./synthetic-incidents";

export interface BenchOptions {
  sizes: number[];
  runs: number;
  range: number;
  explainFrom: number;
  targetMs: number;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

/** A full scan of the incident table: what must not happen as it grows. */
const FULL_SCAN = /^\s*SCAN "?Incident"?(?! USING)|Seq Scan on "Incident"/;

/** The bench reads as the command line does: a local actor who may read incidents. */
const reader = cliContext("bench");

export async function runBench(options: BenchOptions): Promise<void> {
  const database = getConfig().database;
  await prepareDatabase(database);
  const now = new Date();
  const generator = syntheticIncidents(options.sizes[options.sizes.length - 1], 20_000, { now, runbookSlugs: listRunbooks().filter((r) => r.kind === "runbook").map((r) => r.slug) });
  let loaded = 0;
  const rows: string[] = [];
  for (const size of options.sizes) {
    const started = performance.now();
    while (loaded < size) {
      const chunk = generator.next().value;
      if (!chunk) break;
      // Search is not measured here: one index rebuild per chunk would dominate the load.
      loaded += (await bulkInsertIncidents(chunk.slice(0, size - loaded), { now, index: false })).imported;
    }
    await refreshPlannerStatistics();
    console.log(`\n${size.toLocaleString("en")} incidents: loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    for (let k = 0; k < 3; k++) await getDashboard(reader, options.range, now); // warm-up: caches, prepared plans, JIT
    const samples: number[] = [];
    for (let k = 0; k < options.runs; k++) {
      const t = performance.now();
      await getDashboard(reader, options.range, now);
      samples.push(performance.now() - t);
    }
    samples.sort((a, b) => a - b);
    const [p50, p95] = [quantile(samples, 0.5), quantile(samples, 0.95)];
    const line = `${database.kind} ${size.toLocaleString("en").padStart(9)} incidents, range ${options.range} d: getDashboard p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${samples[samples.length - 1].toFixed(1)} ms over ${options.runs} runs`;
    const target = size === 100_000 ? ` (target p95 ≤ ${options.targetMs} ms: ${p95 <= options.targetMs ? "met" : "MISSED"})` : "";
    console.log(line + target);
    rows.push(line + target);

    if (size >= options.explainFrom) {
      const queries = await captureQueries(() => getDashboard(reader, options.range, now));
      let scans = 0;
      console.log(`query plans at ${size.toLocaleString("en")} incidents (${queries.length} query-builder queries; the Prisma-API ones filter on indexed status):`);
      for (const [k, query] of queries.entries()) {
        const plan = await explainQuery(query);
        scans += plan.filter((line) => FULL_SCAN.test(line)).length;
        console.log(`  [${k + 1}] ${query.sql.replace(/\s+/g, " ").slice(0, 140)}…`);
        for (const line of plan) console.log(`        ${line}`);
      }
      const verdict = `${database.kind} ${size.toLocaleString("en")}: ${scans === 0 ? "no full scan of Incident in any plan" : `${scans} FULL SCAN(S) of Incident`}`;
      console.log(verdict);
      rows.push(verdict);
    }
  }
  console.log(`\nsummary (${database.kind}):\n${rows.map((r) => `  ${r}`).join("\n")}`);
  await disconnectDb();
}
