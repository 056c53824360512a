/**
 * Speed of the calculators, chiefly the cache projection for a 10-million-object catalogue
 * (budget: under 100 ms in the browser). Run: `npx tsx scripts/bench/calculators.ts`;
 * `--exact` also solves the 10^7 case by summing every rank (slow: seconds) and prints the
 * difference from the head + Euler–Maclaurin tail method.
 */
import { pathToFileURL } from "node:url";
import { CACHE_DEFAULTS, calculateCacheProjection, parseCacheProjection } from "../../lib/calculators/cache-hit-ratio";
import { CFS_DEFAULTS, calculateCfs, parseCfsInput } from "../../lib/calculators/cfs-throttling";
import { cheHitRatio } from "../../lib/calculators/che";
import { RAID_DEFAULTS, calculateRaid, parseRaidInput } from "../../lib/calculators/raid-capacity";
import { TCP_DEFAULTS, calculateTcp, parseTcpInput } from "../../lib/calculators/tcp-queues";

export const PROJECTION_BUDGET_MS = 100;

export type BenchRow = { name: string; medianMs: number; maxMs: number; runs: number; budgetMs?: number };

function time(name: string, runs: number, fn: () => unknown, budgetMs?: number): BenchRow {
  fn(); // warm-up (JIT)
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { name, medianMs: samples[Math.floor(samples.length / 2)] ?? 0, maxMs: samples[samples.length - 1] ?? 0, runs, budgetMs };
}

function must<T>(r: { ok: true; input: T } | { ok: false; errors: unknown }): T {
  if (!r.ok) throw new Error(`bench input invalid: ${JSON.stringify(r.errors)}`);
  return r.input;
}

export function benchCalculators(): BenchRow[] {
  const projection10M = must(parseCacheProjection({ ...CACHE_DEFAULTS, objects: "10000000", capacity: "500000", alpha: "0.8", split: "8" }));
  const projection1G = must(parseCacheProjection({ ...CACHE_DEFAULTS, objects: "1000000000", capacity: "5000000", alpha: "1.2", split: "4" }));
  const cfsLong = must(parseCfsInput({ ...CFS_DEFAULTS, limit: "10m", workMs: "1000000000", threads: "1" }));
  return [
    time("cache projection, 10^7 objects, α 0.8, split 8 (two Che solves)", 20, () => calculateCacheProjection(projection10M), PROJECTION_BUDGET_MS),
    time("cache projection, 10^9 objects, α 1.2, split 4", 20, () => calculateCacheProjection(projection1G), PROJECTION_BUDGET_MS),
    time("CFS throttling, worked example", 200, () => calculateCfs(must(parseCfsInput(CFS_DEFAULTS)))),
    time("CFS throttling, 10^9 periods (closed-form skip)", 200, () => calculateCfs(cfsLong)),
    time("TCP queues", 200, () => calculateTcp(must(parseTcpInput(TCP_DEFAULTS)))),
    time("RAID capacity", 200, () => calculateRaid(must(parseRaidInput(RAID_DEFAULTS)))),
  ];
}

function main() {
  const rows = benchCalculators();
  for (const r of rows) {
    const budget = r.budgetMs === undefined ? "" : r.medianMs <= r.budgetMs ? `  (budget ${r.budgetMs} ms: ok)` : `  (budget ${r.budgetMs} ms: OVER)`;
    console.log(`${r.name}: median ${r.medianMs.toFixed(2)} ms, max ${r.maxMs.toFixed(2)} ms over ${r.runs} runs${budget}`);
  }
  if (process.argv.includes("--exact")) {
    for (const [alpha, capacity] of [
      [0.8, 500_000 / 8],
      [0.8, 500_000],
    ] as const) {
      const start = performance.now();
      const exact = cheHitRatio(10_000_000, alpha, capacity, 10_000_000);
      const exactMs = performance.now() - start;
      const fast = cheHitRatio(10_000_000, alpha, capacity);
      console.log(
        `exact vs fast, N=10^7, α=${alpha}, C=${capacity}: ${exact.hitRatio.toFixed(12)} vs ${fast.hitRatio.toFixed(12)}, |Δ| = ${Math.abs(exact.hitRatio - fast.hitRatio).toExponential(2)} (exact took ${exactMs.toFixed(0)} ms)`,
      );
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
