/**
 * `npm run bench:dashboard`: the dashboard's server render time at 10k, 100k
 * and 1M incidents over three years, on SQLite and on PostgreSQL (a
 * throwaway cluster). What is timed is getDashboard() — the one domain call
 * of the dashboard page, i.e. every query behind it — not HTTP or React
 * rendering. It prints p50/p95 per size and, from 100k on, the plan of every
 * query-builder query, flagging any full scan of Incident.
 *
 *   npm run bench:dashboard -- --sizes=10000,100000 --providers=sqlite --runs=30 --range=90
 *
 * Target: p95 ≤ 150 ms at 100,000 incidents on both databases.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readBenchFlags } from "./lib/bench-flags";
import { findPostgresBinDir, startPgCluster, type PgCluster } from "../lib/pg-cluster";

const USAGE = "--sizes=N,N… (positive), --runs=N, --range=7|30|90|365, --providers=sqlite,postgres, --explain-from=N";
const parsed = readBenchFlags(process.argv.slice(2), ["sizes", "providers", "runs", "range", "explain-from", "child"]);
if (!parsed.ok) {
  console.error(`bench:dashboard: ${parsed.problem}\n${USAGE}`);
  process.exit(2);
}
const args = parsed.flags;
const SIZES = (args.sizes ?? "10000,100000,1000000").split(",").map(Number).sort((a, b) => a - b);
const PROVIDERS = (args.providers ?? "sqlite,postgres").split(",");
const RUNS = Number(args.runs ?? 30);
const RANGE = Number(args.range ?? 90);
const EXPLAIN_FROM = Number(args["explain-from"] ?? 100_000);
const TARGET_MS = 150;

if (SIZES.some((n) => !Number.isInteger(n) || n < 1) || !(RUNS >= 1) || ![7, 30, 90, 365].includes(RANGE) || PROVIDERS.some((p) => p !== "sqlite" && p !== "postgres")) {
  console.error(`bench:dashboard: ${USAGE}`);
  process.exit(2);
}

if (args.child) {
  const { runBench } = await import("./lib/dashboard-bench-leg");
  await runBench({ sizes: SIZES, runs: RUNS, range: RANGE, explainFrom: EXPLAIN_FROM, targetMs: TARGET_MS });
  process.exit(0);
}

// One process per database: the app's configuration (DATABASE_URL) is read once per process.
let failed = false;
for (const provider of PROVIDERS) {
  let cluster: PgCluster | undefined;
  const scratch = mkdtempSync(path.join(os.tmpdir(), "triage-bench-dashboard-"));
  try {
    let url = `file:${path.join(scratch, "bench.db")}`;
    if (provider === "postgres") {
      if (!findPostgresBinDir()) {
        console.log("\n== PostgreSQL: SKIPPED (no server binaries in /usr/lib/postgresql/*/bin) ==");
        continue;
      }
      cluster = await startPgCluster("triage_bench");
      url = cluster.url;
    }
    console.log(`\n== ${provider === "sqlite" ? "SQLite" : "PostgreSQL"}: sizes ${SIZES.join(", ")}, range ${RANGE} days, ${RUNS} timed runs per size ==`);
    const leg = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/bench/dashboard.ts", ...process.argv.slice(2), "--child=1"], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production" },
    });
    failed ||= leg.status !== 0;
  } finally {
    cluster?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
