import { describe, expect, it } from "vitest";
import {
  CACHE_DEFAULTS,
  calculateCacheCounters,
  calculateCacheProjection,
  cacheFromParams,
  cacheToParams,
  parseCacheCounters,
  parseCacheProjection,
  type CacheCounterField,
  type CacheProjectionField,
  type CacheRaw,
} from "./cache-hit-ratio";
import { cheHitRatio } from "./che";

const ZERO_STATUSES = { hit: "0", miss: "0", expired: "0", stale: "0", updating: "0", revalidated: "0", bypass: "0" };

function counters(over: Partial<CacheRaw>) {
  const parsed = parseCacheCounters({ ...CACHE_DEFAULTS, ...over });
  if (!parsed.ok) throw new Error(`unexpected errors: ${JSON.stringify(parsed.errors)}`);
  return calculateCacheCounters(parsed.input);
}

function projection(over: Partial<CacheRaw>) {
  const parsed = parseCacheProjection({ ...CACHE_DEFAULTS, ...over });
  if (!parsed.ok) throw new Error(`unexpected errors: ${JSON.stringify(parsed.errors)}`);
  return calculateCacheProjection(parsed.input);
}

describe("cache hit ratio from counters", () => {
  it.each([
    // name, counts, request hit ratio, saved, to origin
    ["the runbook's 7% (700 hits, 9300 misses)", { hit: "700", miss: "9300" }, 0.07, 700, 9300],
    ["the runbook's 60% afterwards", { hit: "6000", miss: "4000" }, 0.6, 6000, 4000],
    ["all statuses", { hit: "500", miss: "200", expired: "100", stale: "50", updating: "50", revalidated: "80", bypass: "20" }, 0.68, 600, 400],
    ["empty optional statuses count as 0", { hit: "3", miss: "1", expired: "", stale: "", updating: "", revalidated: "", bypass: "" }, 0.75, 3, 1],
    ["grouped digits", { hit: "1,000,000", miss: "1_000_000" }, 0.5, 1e6, 1e6],
    ["only misses", { hit: "0", miss: "10" }, 0, 0, 10],
    ["revalidated counts as served but still asks the origin", { ...ZERO_STATUSES, revalidated: "10" }, 1, 0, 10],
  ] as const)("%s", (_name, over, ratio, saved, origin) => {
    const r = counters(over);
    expect(r.requestHitRatio).toBeCloseTo(ratio, 12);
    expect(r.originRequestsSaved).toBe(saved);
    expect(r.originRequests).toBe(origin);
  });

  it.each([
    ["bytes with units", { bytesCached: "60GB", bytesTotal: "100GB" }, 0.6],
    ["plain bytes", { bytesCached: "250", bytesTotal: "1000" }, 0.25],
    ["binary units", { bytesCached: "512MiB", bytesTotal: "1GiB" }, 0.5],
  ] as const)("byte hit ratio: %s", (_name, over, ratio) => {
    expect(counters(over).byteHitRatio).toBeCloseTo(ratio, 12);
  });

  it("has no byte hit ratio without bytes", () => {
    expect(counters({}).byteHitRatio).toBeNull();
  });

  it("shows the formula with the current counts", () => {
    expect(counters({}).steps.find((s) => s.label === "Request hit ratio")).toEqual({ label: "Request hit ratio", formula: "700 ÷ 10,000", value: "7%" });
  });

  it.each<[string, Partial<CacheRaw>, CacheCounterField, string]>([
    ["empty hits", { hit: "" }, "hit", "Required."],
    ["empty misses", { miss: "" }, "miss", "Required."],
    ["negative misses", { miss: "-3" }, "miss", "Must not be negative."],
    ["non-numeric stale", { stale: "some" }, "stale", "Not a number: “some”."],
    ["fractional bypass", { bypass: "1.5" }, "bypass", "Must be a whole number."],
    ["no requests at all", ZERO_STATUSES, "hit", "Enter at least one request."],
    ["cached bytes without total", { bytesCached: "5GB" }, "bytesTotal", "Required with the cached bytes."],
    ["total bytes without cached", { bytesTotal: "5GB" }, "bytesCached", "Required with the total bytes."],
    ["cached more than total", { bytesCached: "6GB", bytesTotal: "5GB" }, "bytesCached", "Cannot be more than the total bytes."],
    ["zero total bytes", { bytesCached: "0", bytesTotal: "0" }, "bytesTotal", "Must be greater than 0."],
    ["bad byte unit", { bytesCached: "5 parsecs", bytesTotal: "6GB" }, "bytesCached", "Unknown unit “parsecs”. Use B, KB, MB, GB, TB, PB (or KiB…PiB)."],
  ])("invalid: %s", (_name, over, field, message) => {
    const parsed = parseCacheCounters({ ...CACHE_DEFAULTS, ...over });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[field]).toBe(message);
  });
});

describe("cache hit ratio projection (Che approximation)", () => {
  it("reproduces the nginx runbook's rise from 7–8% to about 60% when the key split is removed", () => {
    const r = projection({ objects: "1000000", capacity: "500000", alpha: "0.4", split: "10" });
    expect(r.hitRatio).toBeGreaterThan(0.07);
    expect(r.hitRatio).toBeLessThan(0.08);
    expect(r.hitRatioWithoutSplit).toBeGreaterThan(0.57);
    expect(r.hitRatioWithoutSplit).toBeLessThan(0.62);
  });

  it.each([
    // uniform popularity: h = C / N exactly
    ["uniform, no split", { objects: "1000", capacity: "250", alpha: "0", split: "1" }, 0.25, 0.25],
    ["uniform, split 8", { objects: "1000000", capacity: "600000", alpha: "0", split: "8" }, 0.075, 0.6],
    ["cache larger than the catalogue", { objects: "1000", capacity: "5000", alpha: "0.8", split: "1" }, 1, 1],
    ["split cache still holds everything", { objects: "100", capacity: "1000", alpha: "1", split: "10" }, 1, 1],
  ] as const)("%s", (_name, over, split, whole) => {
    const r = projection(over);
    expect(r.hitRatio).toBeCloseTo(split, 9);
    expect(r.hitRatioWithoutSplit).toBeCloseTo(whole, 9);
  });

  it("splitting over k keys equals a cache k times smaller", () => {
    const r = projection({ objects: "200000", capacity: "8000", alpha: "0.9", split: "4" });
    expect(r.hitRatio).toBeCloseTo(cheHitRatio(200_000, 0.9, 2000).hitRatio, 12);
    expect(r.effectiveCapacity).toBe(2000);
  });

  // Tolerance: head of 10^4 exact ranks + Euler–Maclaurin tail vs summing all 10^5 ranks.
  // Measured differences are below 1e-12; the test allows 1e-9 (absolute, on a ratio in [0, 1]).
  it.each([
    [0, 1000],
    [0.5, 100],
    [0.6, 30000],
    [0.8, 1000],
    [0.8, 12500],
    [0.99, 5000],
    [1, 50000],
    [1.01, 777],
    [1.3, 20],
    [2, 1],
    [3, 99999],
  ])("tail approximation matches an exact sum over 10^5 objects (α = %f, C = %i)", (alpha, capacity) => {
    const fast = cheHitRatio(100_000, alpha, capacity);
    const exact = cheHitRatio(100_000, alpha, capacity, 100_000);
    expect(Math.abs(fast.hitRatio - exact.hitRatio)).toBeLessThan(1e-9);
    expect(Math.abs(fast.occupancy - capacity) / capacity).toBeLessThan(1e-8);
  });

  it("satisfies the characteristic-time equation and stays finite for 10^9 objects", () => {
    const r = projection({ objects: "1000000000", capacity: "1000000", alpha: "0.7", split: "3" });
    expect(Number.isFinite(r.hitRatio) && r.hitRatio > 0 && r.hitRatio < r.hitRatioWithoutSplit).toBe(true);
    expect(Number.isFinite(r.characteristicTime)).toBe(true);
  });

  it("is monotone in capacity and in skew", () => {
    const h = (c: string, a: string) => projection({ objects: "1000000", capacity: c, alpha: a, split: "1" }).hitRatio;
    expect(h("1000", "0.8")).toBeLessThan(h("10000", "0.8"));
    expect(h("10000", "0.8")).toBeLessThan(h("100000", "0.8"));
    expect(h("10000", "0.6")).toBeLessThan(h("10000", "0.9"));
  });

  it.each<[string, Partial<CacheRaw>, CacheProjectionField, string]>([
    ["empty objects", { objects: "" }, "objects", "Required."],
    ["zero objects", { objects: "0" }, "objects", "Must be at least 1."],
    ["too many objects", { objects: "2e9" }, "objects", "Must be at most 1,000,000,000."],
    ["negative capacity", { capacity: "-1" }, "capacity", "Must not be negative."],
    ["fractional capacity", { capacity: "10.5" }, "capacity", "Must be a whole number."],
    ["alpha above 3", { alpha: "3.5" }, "alpha", "Must be at most 3."],
    ["negative alpha", { alpha: "-0.5" }, "alpha", "Must not be negative."],
    ["non-numeric alpha", { alpha: "zipf" }, "alpha", "Not a number: “zipf”."],
    ["zero split", { split: "0" }, "split", "Must be at least 1."],
  ])("invalid: %s", (_name, over, field, message) => {
    const parsed = parseCacheProjection({ ...CACHE_DEFAULTS, ...over });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[field]).toBe(message);
  });
});

describe("cache hit ratio: URL round-trip", () => {
  it.each<[string, CacheRaw]>([
    ["defaults", CACHE_DEFAULTS],
    ["all fields set", { hit: "1", miss: "2", expired: "3", stale: "4", updating: "5", revalidated: "6", bypass: "7", bytesCached: "1GB", bytesTotal: "2 GB", objects: "10000000", capacity: "1e5", alpha: "1.1", split: "3" }],
  ])("%s", (_name, raw) => {
    expect(cacheFromParams(new URLSearchParams(cacheToParams(raw).toString()))).toEqual(raw);
  });
});
