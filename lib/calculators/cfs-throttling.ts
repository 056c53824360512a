/**
 * CFS bandwidth control (CPU limits): how a burst of parallel work is throttled.
 *
 * Kernel semantics followed (kernel/sched/fair.c, Documentation/scheduler/sched-bwc.rst):
 * - quota = limit × period is a pool of CPU time per period shared by every thread of the
 *   cgroup; n runnable threads on n CPUs drain it n times faster than wall-clock time.
 * - When the pool is empty the whole cgroup is throttled until the next period, when
 *   __refill_cfs_bandwidth_runtime() adds one quota, capped at quota + burst
 *   (cpu.max.burst / cpu.cfs_burst_us, Linux 5.14+). Unused runtime carries over up to `burst`.
 * - cpu.cfs_period_us must be 1 ms…1 s and the quota at least 1 ms (tg_set_cfs_bandwidth);
 *   burst may not exceed the quota.
 *
 * Model assumptions (shown in the UI): the work is split evenly over the threads; each thread
 * has a CPU of its own (the node has at least `threads` idle CPUs); the cgroup was idle
 * before, so the runtime pool starts full at quota + burst; the per-CPU 5 ms slice
 * (sched_cfs_bandwidth_slice_us) and timer slack are ignored.
 */
import { formatMs, formatNumber, formatTimes, formatInt } from "./format";
import { parseCpu, parseNumber } from "./parse";
import type { ConfigLine, FieldErrors, ParseResult, ParamsLike, RawInputs, Step } from "./types";
import { rawFromParams, rawToParams } from "./url";

export const CFS_FIELDS = ["limit", "periodMs", "burstMs", "workMs", "threads"] as const;
export type CfsField = (typeof CFS_FIELDS)[number];
export type CfsRaw = RawInputs<CfsField>;

export const CFS_DEFAULTS: CfsRaw = { limit: "400m", periodMs: "100", burstMs: "0", workMs: "80", threads: "8" };

export type CfsInput = {
  millicores: number;
  periodUs: number;
  burstUs: number;
  workUs: number;
  threads: number;
  /** floor(millicores × period / 1000), as the kubelet computes cpu.cfs_quota_us. */
  quotaUs: number;
};

export const CFS_LIMITS = {
  minPeriodMs: 1,
  maxPeriodMs: 1000,
  minQuotaUs: 1000,
  maxThreads: 1024,
  maxWorkMs: 1e9,
  maxCores: 1024,
} as const;

/** Quota in µs as the kubelet computes it (milliCPUToQuota): integer division. */
export function quotaUsFor(millicores: number, periodUs: number): number {
  return Math.floor((millicores * periodUs) / 1000);
}

export function parseCfsInput(raw: CfsRaw): ParseResult<CfsInput, CfsField> {
  const errors: FieldErrors<CfsField> = {};
  const limit = parseCpu(raw.limit, CFS_LIMITS.maxCores);
  const period = parseNumber(raw.periodMs, {
    min: CFS_LIMITS.minPeriodMs,
    max: CFS_LIMITS.maxPeriodMs,
    decimals: 3,
    unit: " ms",
  });
  const burst = parseNumber(raw.burstMs, { min: 0, decimals: 3, unit: " ms", emptyAs: 0 });
  const work = parseNumber(raw.workMs, { min: 0, minExclusive: true, max: CFS_LIMITS.maxWorkMs, decimals: 3, unit: " ms" });
  const threads = parseNumber(raw.threads, { min: 1, max: CFS_LIMITS.maxThreads, integer: true });

  if (!limit.ok) errors.limit = limit.error;
  if (!period.ok) errors.periodMs = period.error;
  if (!burst.ok) errors.burstMs = burst.error;
  if (!work.ok) errors.workMs = work.error;
  if (!threads.ok) errors.threads = threads.error;

  if (limit.ok && period.ok) {
    const periodUs = Math.round(period.value * 1000);
    const quotaUs = quotaUsFor(limit.value, periodUs);
    if (quotaUs < CFS_LIMITS.minQuotaUs) {
      errors.limit = `Quota per period would be ${formatNumber(quotaUs / 1000, 3)} ms; the kernel needs at least 1 ms. Raise the limit or the period.`;
    } else if (burst.ok && Math.round(burst.value * 1000) > quotaUs) {
      errors.burstMs = `Burst can be at most the quota (${formatNumber(quotaUs / 1000, 3)} ms); the kernel rejects a larger value.`;
    }
  }

  if (!limit.ok || !period.ok || !burst.ok || !work.ok || !threads.ok || Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  const periodUs = Math.round(period.value * 1000);
  return {
    ok: true,
    input: {
      millicores: limit.value,
      periodUs,
      burstUs: Math.round(burst.value * 1000),
      workUs: Math.round(work.value * 1000),
      threads: threads.value,
      quotaUs: quotaUsFor(limit.value, periodUs),
    },
  };
}

export type CfsPeriod = {
  /** 1-based period number. */
  index: number;
  startMs: number;
  /** Wall time the threads ran in this period. */
  runMs: number;
  /** Wall time the cgroup spent throttled in this period (0 when not throttled). */
  throttledMs: number;
  /** Wall time left in the period after the work finished (last period only). */
  idleMs: number;
  /** CPU time consumed (all threads). */
  cpuMs: number;
};

export type CfsResult = {
  quotaMs: number;
  periodMs: number;
  burstMs: number;
  cores: number;
  cfsQuotaUs: number;
  cfsPeriodUs: number;
  /** cgroup v2 `cpu.max` content, e.g. "40000 100000". */
  cpuMax: string;
  wallMs: number;
  unthrottledMs: number;
  throttledPeriods: number;
  throttledMs: number;
  slowdown: number;
  /** Periods the work spans (ceil of wall / period). */
  periodsSpanned: number;
  /** Cores the workload used on average over its wall time. */
  averageCores: number;
  /** Limit (cores) at which this workload would not be throttled at all. */
  limitToAvoidThrottling: number;
  timeline: CfsPeriod[];
  /** True when the timeline lists only the first TIMELINE_MAX periods. */
  timelineTruncated: boolean;
  steps: Step[];
  configLines: ConfigLine[];
  assumptions: string[];
};

export const TIMELINE_MAX = 24;

type Sim = { wallUs: number; throttledPeriods: number; throttledUs: number; periods: CfsPeriod[]; totalPeriods: number };

/** Period-by-period simulation in integer µs with closed-form skips over identical periods. */
function simulate(i: CfsInput): Sim {
  const { periodUs: P, quotaUs: Q, burstUs: B, threads: n, workUs: W } = i;
  const cap = Q + B;
  const perPeriodMax = n * P; // CPU the threads could use in a whole period
  const periods: CfsPeriod[] = [];
  let count = 0;
  const push = (times: number, startUs: number, runUs: number, throttledUs: number, idleUs: number, cpuUs: number) => {
    for (let k = 0; k < times && periods.length < TIMELINE_MAX; k++) {
      periods.push({
        index: count + k + 1,
        startMs: (startUs + k * P) / 1000,
        runMs: runUs / 1000,
        throttledMs: throttledUs / 1000,
        idleMs: idleUs / 1000,
        cpuMs: cpuUs / 1000,
      });
    }
    count += times;
  };

  let runtime = cap; // idle before: the pool starts full
  let remaining = W;
  let t = 0;
  let throttledPeriods = 0;
  let throttledUs = 0;
  for (let guard = 0; guard < 10_000; guard++) {
    if (remaining <= runtime && remaining <= perPeriodMax) {
      const run = remaining / n;
      push(1, t, run, 0, P - run, remaining);
      return { wallUs: t + run, throttledPeriods, throttledUs, periods, totalPeriods: count };
    }
    if (runtime >= perPeriodMax) {
      // Whole periods without throttling; the pool shrinks by (n·P − Q) each time, if at all.
      const drain = perPeriodMax - Q;
      const byWork = Math.ceil(remaining / perPeriodMax) - 1;
      const byPool = drain > 0 ? Math.floor((runtime - perPeriodMax) / drain) + 1 : Number.POSITIVE_INFINITY;
      const j = Math.max(1, Math.min(byWork, byPool));
      push(j, t, P, 0, 0, perPeriodMax);
      remaining -= j * perPeriodMax;
      t += j * P;
      runtime = Math.min(runtime - j * drain, cap);
      continue;
    }
    // The pool runs out before the period ends: throttled for the rest of it.
    const run = runtime / n;
    push(1, t, run, P - run, 0, runtime);
    remaining -= runtime;
    t += P;
    throttledPeriods += 1;
    throttledUs += P - run;
    runtime = Math.min(Q, cap); // refill after an empty pool: exactly one quota
    if (Q < perPeriodMax && remaining > Q) {
      // Steady state: every period runs Q/n then waits; skip them in one step.
      const m = Math.ceil(remaining / Q) - 1;
      push(m, t, Q / n, P - Q / n, 0, Q);
      remaining -= m * Q;
      t += m * P;
      throttledPeriods += m;
      throttledUs += m * (P - Q / n);
    }
  }
  // Unreachable for validated input; return a consistent, finite answer anyway.
  return { wallUs: t, throttledPeriods, throttledUs, periods, totalPeriods: count };
}

export function calculateCfs(input: CfsInput): CfsResult {
  const sim = simulate(input);
  const { periodUs, quotaUs, burstUs, threads, workUs, millicores } = input;
  const periodMs = periodUs / 1000;
  const quotaMs = quotaUs / 1000;
  const burstMs = burstUs / 1000;
  const workMs = workUs / 1000;
  const cores = millicores / 1000;
  const wallMs = sim.wallUs / 1000;
  const unthrottledMs = workMs / threads;
  const slowdown = unthrottledMs > 0 ? wallMs / unthrottledMs : 1;
  const throttledMs = sim.throttledUs / 1000;
  const firstRunMs = Math.min(quotaMs + burstMs, threads * periodMs) / threads;
  const fitsOnePeriod = unthrottledMs <= periodMs;
  const limitToAvoidThrottling = fitsOnePeriod ? Math.max(workMs - burstMs, 1) / periodMs : threads;
  const cpuMax = `${quotaUs} ${periodUs}`;
  const periodsSpanned = sim.totalPeriods;
  const lastRunMs = Math.max(0, wallMs - (periodsSpanned - 1) * periodMs);

  const steps: Step[] = [
    {
      label: "Quota per period",
      formula: `limit × period = ${formatNumber(cores, 3)} × ${formatNumber(periodMs, 3)} ms`,
      value: `${formatNumber(quotaMs, 3)} ms (${formatInt(quotaUs)} µs)`,
    },
    {
      label: "Runtime available in the first period",
      formula: burstUs > 0 ? `quota + burst (idle before) = ${formatNumber(quotaMs, 3)} + ${formatNumber(burstMs, 3)} ms` : "quota (idle before, no burst)",
      value: formatMs(quotaMs + burstMs),
    },
    {
      label: "Rate the threads drain the quota",
      formula: `${threads} thread${threads === 1 ? "" : "s"} × 1 CPU-ms per ms of wall time`,
      value: `${formatInt(threads)} CPU-ms per ms`,
    },
    {
      label: "Wall time until the pool is empty",
      formula: `min(runtime, threads × period) ÷ threads = ${formatNumber(Math.min(quotaMs + burstMs, threads * periodMs), 3)} ÷ ${threads}`,
      value: firstRunMs < periodMs ? `${formatMs(firstRunMs)} (then throttled to the end of the period)` : "the whole period (not throttled)",
    },
    {
      label: "Time without a limit",
      formula: `work ÷ threads = ${formatNumber(workMs, 3)} ms ÷ ${threads}`,
      value: formatMs(unthrottledMs),
    },
    {
      label: "Throttled periods",
      formula: "periods in which the pool ran out before the work was done",
      value: `${formatInt(sim.throttledPeriods)} (${formatMs(sim.throttledUs / 1000)} throttled)`,
    },
    {
      label: "Wall-clock time",
      formula: `earlier periods × period + run in the last period = ${formatInt(periodsSpanned - 1)} × ${formatNumber(periodMs, 3)} ms + ${formatNumber(lastRunMs, 3)} ms`,
      value: formatMs(wallMs),
    },
    {
      label: "Slowdown",
      formula: `wall ÷ unthrottled = ${formatNumber(wallMs, 3)} ÷ ${formatNumber(unthrottledMs, 3)}`,
      value: formatTimes(slowdown),
    },
  ];

  const configLines: ConfigLine[] = [
    { label: "Kubernetes container spec", code: `resources:\n  limits:\n    cpu: "${millicores % 1000 === 0 ? String(millicores / 1000) : `${millicores}m`}"` },
    { label: "cgroup v2 (cpu.max: quota period, in µs)", code: `echo "${cpuMax}" > /sys/fs/cgroup/<group>/cpu.max${burstUs > 0 ? `\necho ${burstUs} > /sys/fs/cgroup/<group>/cpu.max.burst` : ""}` },
    {
      label: "cgroup v1",
      code: `echo ${periodUs} > /sys/fs/cgroup/cpu/<group>/cpu.cfs_period_us\necho ${quotaUs} > /sys/fs/cgroup/cpu/<group>/cpu.cfs_quota_us${burstUs > 0 ? `\necho ${burstUs} > /sys/fs/cgroup/cpu/<group>/cpu.cfs_burst_us` : ""}`,
    },
    { label: "Check throttling (cgroup v2)", code: "cat /sys/fs/cgroup/<group>/cpu.stat   # nr_periods nr_throttled throttled_usec" },
  ];

  const assumptions = [
    "The cgroup was idle before the work starts, so the runtime pool starts full (quota + burst).",
    `The work is split evenly over ${threads} thread${threads === 1 ? "" : "s"}, each on a CPU of its own (the node has the idle CPUs).`,
    "Runtime refills once per period and carries over at most the burst (cpu.max.burst); the per-CPU 5 ms slice is ignored.",
  ];

  return {
    quotaMs,
    periodMs,
    burstMs,
    cores,
    cfsQuotaUs: quotaUs,
    cfsPeriodUs: periodUs,
    cpuMax,
    wallMs,
    unthrottledMs,
    throttledPeriods: sim.throttledPeriods,
    throttledMs,
    slowdown,
    periodsSpanned,
    averageCores: wallMs > 0 ? workMs / wallMs : 0,
    limitToAvoidThrottling,
    timeline: sim.periods,
    timelineTruncated: sim.totalPeriods > sim.periods.length,
    steps,
    configLines,
    assumptions,
  };
}

export function cfsToParams(raw: CfsRaw): URLSearchParams {
  return rawToParams(raw, CFS_FIELDS);
}

export function cfsFromParams(params: ParamsLike | null | undefined): CfsRaw {
  return rawFromParams(params, CFS_DEFAULTS);
}
