import { describe, expect, it } from "vitest";
import {
  CFS_DEFAULTS,
  calculateCfs,
  cfsFromParams,
  cfsToParams,
  parseCfsInput,
  type CfsField,
  type CfsRaw,
  type CfsResult,
} from "./cfs-throttling";

function run(over: Partial<CfsRaw>): CfsResult {
  const parsed = parseCfsInput({ ...CFS_DEFAULTS, ...over });
  if (!parsed.ok) throw new Error(`unexpected errors: ${JSON.stringify(parsed.errors)}`);
  return calculateCfs(parsed.input);
}

function allNumbersFinite(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value === "string") return !/NaN|Infinity/.test(value);
  if (Array.isArray(value)) return value.every(allNumbersFinite);
  if (value && typeof value === "object") return Object.values(value).every(allNumbersFinite);
  return true;
}

describe("CFS throttling: formula", () => {
  it.each([
    // name, inputs, wall ms, unthrottled ms, throttled periods, throttled ms, slowdown
    ["notes: 0.4 CPU, 80 ms on 8 threads", { limit: "400m", periodMs: "100", workMs: "80", threads: "8" }, 105, 10, 1, 95, 10.5],
    ["same limit written as cores", { limit: "0.4", periodMs: "100", workMs: "80", threads: "8" }, 105, 10, 1, 95, 10.5],
    ["single thread fits in the quota", { limit: "400m", workMs: "40", threads: "1" }, 40, 40, 0, 0, 1],
    ["single thread, 80 ms of work", { limit: "400m", workMs: "80", threads: "1" }, 140, 80, 1, 60, 1.75],
    ["limit of 8 cores never throttles 8 threads", { limit: "8", workMs: "800", threads: "8" }, 100, 100, 0, 0, 1],
    ["limit above thread count, long work", { limit: "16", workMs: "8000", threads: "8" }, 1000, 1000, 0, 0, 1],
    ["2 cores, 4 threads, 1 s of CPU", { limit: "2", workMs: "1000", threads: "4" }, 450, 250, 4, 200, 1.8],
    ["burst covers the second half (idle before)", { limit: "400m", burstMs: "40", workMs: "80", threads: "8" }, 10, 10, 0, 0, 1],
    ["burst smaller than needed", { limit: "400m", burstMs: "20", workMs: "80", threads: "8" }, 102.5, 10, 1, 92.5, 10.25],
    ["short period: 20 periods of 4 ms quota", { limit: "400m", periodMs: "10", workMs: "80", threads: "8" }, 190.5, 10, 19, 180.5, 19.05],
    ["exact multiple of the quota", { limit: "1", periodMs: "100", workMs: "300", threads: "4" }, 225, 75, 2, 150, 3],
  ] as const)("%s", (_name, over, wall, unthrottled, periods, throttled, slowdown) => {
    const r = run(over);
    expect(r.wallMs).toBeCloseTo(wall, 6);
    expect(r.unthrottledMs).toBeCloseTo(unthrottled, 6);
    expect(r.throttledPeriods).toBe(periods);
    expect(r.throttledMs).toBeCloseTo(throttled, 6);
    expect(r.slowdown).toBeCloseTo(slowdown, 6);
  });

  it("reports the quota, cfs_quota_us and the cgroup v2 cpu.max line", () => {
    const r = run({});
    expect(r.quotaMs).toBe(40);
    expect(r.cfsQuotaUs).toBe(40000);
    expect(r.cfsPeriodUs).toBe(100000);
    expect(r.cpuMax).toBe("40000 100000");
    expect(r.configLines.map((l) => l.code).join("\n")).toContain('echo "40000 100000" > /sys/fs/cgroup/<group>/cpu.max');
    expect(r.configLines.map((l) => l.code).join("\n")).toContain("cpu.cfs_quota_us");
  });

  it("draws the worked example's timeline: 5 ms run + 95 ms throttled, then 5 ms run", () => {
    const r = run({});
    expect(r.timeline).toEqual([
      { index: 1, startMs: 0, runMs: 5, throttledMs: 95, idleMs: 0, cpuMs: 40 },
      { index: 2, startMs: 100, runMs: 5, throttledMs: 0, idleMs: 95, cpuMs: 40 },
    ]);
    expect(r.periodsSpanned).toBe(2);
    expect(r.timelineTruncated).toBe(false);
  });

  it("skips identical periods without looping over each one (huge work, tiny quota)", () => {
    const start = performance.now();
    const r = run({ limit: "10m", periodMs: "100", workMs: "1000000000", threads: "1" });
    expect(performance.now() - start).toBeLessThan(200);
    expect(r.throttledPeriods).toBe(999_999_999);
    expect(r.wallMs).toBeCloseTo(999_999_999 * 100 + 1, 0);
    expect(r.timeline).toHaveLength(24);
    expect(r.timelineTruncated).toBe(true);
  });

  it("burst carries over unused runtime across unthrottled periods", () => {
    // 1 thread, limit 0.5 with burst 50 ms: idle pool = 100 ms, the thread uses 100 ms per period.
    const r = run({ limit: "0.5", burstMs: "50", workMs: "300", threads: "1" });
    // p1: 100 used (pool 100 → 0, refill 50), p2: 50 used then throttled, p3: 50, p4: 50, p5: 50 → done at 400 + 50.
    expect(r.throttledPeriods).toBe(3);
    expect(r.wallMs).toBeCloseTo(450, 6);
  });

  it("suggests the limit that avoids throttling", () => {
    expect(run({}).limitToAvoidThrottling).toBeCloseTo(0.8, 9);
    expect(run({ workMs: "8000" }).limitToAvoidThrottling).toBe(8);
  });

  it("never yields NaN or Infinity", () => {
    for (const over of [{}, { workMs: "0.001", threads: "1024" }, { limit: "1024", periodMs: "1000", workMs: "1e9", threads: "1" }]) {
      expect(allNumbersFinite(run(over))).toBe(true);
    }
  });
});

describe("CFS throttling: invalid input", () => {
  it.each<[string, Partial<CfsRaw>, CfsField, string]>([
    ["empty limit", { limit: "" }, "limit", "Required."],
    ["non-numeric limit", { limit: "abc" }, "limit", "Not a CPU quantity: “abc”. Use cores (0.4) or millicores (400m)."],
    ["negative limit", { limit: "-1" }, "limit", "Must not be negative."],
    ["zero limit", { limit: "0" }, "limit", "Must be greater than 0."],
    ["fractional millicores", { limit: "400.5m" }, "limit", "Millicores must be a whole number (Kubernetes' resolution is 1m)."],
    ["finer than 1m", { limit: "0.0005" }, "limit", "Finer than 1m (0.001 core): Kubernetes' resolution is 1m."],
    ["quota below 1 ms", { limit: "5m", periodMs: "100" }, "limit", "Quota per period would be 0.5 ms; the kernel needs at least 1 ms. Raise the limit or the period."],
    ["too many cores", { limit: "2000" }, "limit", "Must be at most 1024 cores."],
    ["period below 1 ms", { periodMs: "0.5" }, "periodMs", "Must be at least 1 ms."],
    ["period above 1 s", { periodMs: "1001" }, "periodMs", "Must be at most 1,000 ms."],
    ["empty period", { periodMs: "" }, "periodMs", "Required."],
    ["period finer than 1 µs", { periodMs: "100.0001" }, "periodMs", "Use at most 3 decimals."],
    ["negative burst", { burstMs: "-5" }, "burstMs", "Must not be negative."],
    ["burst above quota", { burstMs: "41" }, "burstMs", "Burst can be at most the quota (40 ms); the kernel rejects a larger value."],
    ["zero work", { workMs: "0" }, "workMs", "Must be greater than 0 ms."],
    ["non-numeric work", { workMs: "12x" }, "workMs", "Not a number: “12x”."],
    ["zero threads", { threads: "0" }, "threads", "Must be at least 1."],
    ["fractional threads", { threads: "2.5" }, "threads", "Must be a whole number."],
    ["too many threads", { threads: "5000" }, "threads", "Must be at most 1,024."],
  ])("%s", (_name, over, field, message) => {
    const parsed = parseCfsInput({ ...CFS_DEFAULTS, ...over });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[field]).toBe(message);
  });

  it("treats an empty burst as no burst", () => {
    const parsed = parseCfsInput({ ...CFS_DEFAULTS, burstMs: "" });
    expect(parsed.ok && parsed.input.burstUs).toBe(0);
  });
});

describe("CFS throttling: URL round-trip", () => {
  it.each<[string, CfsRaw]>([
    ["defaults", CFS_DEFAULTS],
    ["cores and burst", { limit: "1.5", periodMs: "50", burstMs: "25", workMs: "1200", threads: "16" }],
    ["invalid values survive as typed", { limit: "abc", periodMs: "", burstMs: "-1", workMs: "1e3", threads: "2 " }],
  ])("%s", (_name, raw) => {
    const params = new URLSearchParams(cfsToParams(raw).toString());
    expect(cfsFromParams(params)).toEqual(raw);
  });

  it("fills missing parameters with defaults and ignores unknown ones", () => {
    expect(cfsFromParams(new URLSearchParams("threads=4&foo=1"))).toEqual({ ...CFS_DEFAULTS, threads: "4" });
    expect(cfsFromParams(null)).toEqual(CFS_DEFAULTS);
  });
});
