/**
 * Property test: whatever is typed, a calculator either reports field errors or returns a result
 * in which every number is finite and no text says NaN, Infinity or undefined. Never throws.
 */
import { describe, expect, it } from "vitest";
import { CACHE_DEFAULTS, calculateCacheCounters, calculateCacheProjection, parseCacheCounters, parseCacheProjection } from "./cache-hit-ratio";
import { CFS_DEFAULTS, calculateCfs, parseCfsInput } from "./cfs-throttling";
import { EXIT_DEFAULTS, calculateExit, parseExitInput } from "./exit-codes";
import { RAID_DEFAULTS, calculateRaid, parseRaidInput } from "./raid-capacity";
import { TCP_DEFAULTS, calculateTcp, parseTcpInput } from "./tcp-queues";
import type { ParseResult } from "./types";
import { seededRandom } from "@/lib/seeded-random";

const TRICKY = [
  "", " ", "0", "-0", "1", "2", "3", "7", "8", "10", "-1", "0.5", "1e308", "1e-308", "1e400", "NaN", "Infinity", "-Infinity",
  "0x10", " 5 ", "1,000", "1_000", "9999999999", "0.0001", "abc", "400m", "0.4", "1.5TB", "500GB", "1e9", "65535", "65536",
  "2147483648", "legacy", "current", "50", "60", "1TB,2TB,3TB", "999999999999999999999", "5.", ".5", "+3", "1e3", "100.000",
];

function clean(value: unknown, path = "result"): string | null {
  if (typeof value === "number") return Number.isFinite(value) ? null : `${path} = ${value}`;
  if (typeof value === "string") return /NaN|Infinity|undefined/.test(value) ? `${path} = ${JSON.stringify(value)}` : null;
  if (typeof value === "bigint" || typeof value === "boolean" || value === null) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = clean(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
    return null;
  }
  if (typeof value === "object") {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const bad = clean(v, `${path}.${k}`);
      if (bad) return bad;
    }
  }
  return null;
}

function fuzz<F extends string, E extends string, I, R>(
  defaults: Record<F, string>,
  parse: (raw: Record<F, string>) => ParseResult<I, E>,
  calc: (input: I) => R,
  runs: number,
  seed: number,
) {
  const rand = seededRandom(seed);
  const fields = Object.keys(defaults) as F[];
  let ok = 0;
  for (let n = 0; n < runs; n++) {
    const raw = { ...defaults };
    for (const f of fields) if (rand() < 0.5) raw[f] = TRICKY[Math.floor(rand() * TRICKY.length)] ?? "";
    const parsed = parse(raw);
    if (!parsed.ok) {
      expect(Object.keys(parsed.errors).length, JSON.stringify(raw)).toBeGreaterThan(0);
      // Messages may quote what was typed (“Infinity”); the rest of the text must be clean.
      for (const msg of Object.values(parsed.errors)) expect(clean(String(msg).replace(/“[^”]*”/g, "“…”")), JSON.stringify(raw)).toBeNull();
      continue;
    }
    ok++;
    expect(clean(calc(parsed.input)), JSON.stringify(raw)).toBeNull();
  }
  return ok;
}

describe("no NaN or Infinity reaches the output", () => {
  it.each([
    ["CFS throttling", () => fuzz(CFS_DEFAULTS, parseCfsInput, calculateCfs, 400, 1)],
    ["TCP queues", () => fuzz(TCP_DEFAULTS, parseTcpInput, calculateTcp, 400, 2)],
    ["RAID capacity", () => fuzz(RAID_DEFAULTS, parseRaidInput, calculateRaid, 400, 3)],
    ["cache counters", () => fuzz(CACHE_DEFAULTS, parseCacheCounters, calculateCacheCounters, 400, 4)],
    ["cache projection", () => fuzz(CACHE_DEFAULTS, parseCacheProjection, calculateCacheProjection, 150, 5)],
    ["exit codes", () => fuzz(EXIT_DEFAULTS, parseExitInput, calculateExit, 400, 6)],
  ])("%s", (_name, run) => {
    expect(run()).toBeGreaterThan(0);
  });
});
