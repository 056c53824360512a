/**
 * Cache hit ratio, two ways:
 * - from counters: nginx $upstream_cache_status counts (or plain hits and misses), optionally bytes;
 * - projected: LRU hit ratio for N objects with Zipf(α) popularity and a cache of C objects (Che
 *   approximation, see che.ts), with each object split over k keys (e.g. the Host in proxy_cache_key
 *   and k host names). Splitting divides every object's popularity by k and multiplies the keys by k,
 *   which is exactly the same as an unsplit cache of C/k objects.
 */
import { CHE_HEAD, solveChe, zipfModel } from "./che";
import { formatBytesDecimal, formatInt, formatNumber, formatPercent, formatSignificant } from "./format";
import { parseNumber, parseSize } from "./parse";
import type { ConfigLine, FieldErrors, ParseResult, ParamsLike, RawInputs, Step } from "./types";
import { rawFromParams, rawToParams } from "./url";

export const CACHE_STATUSES = ["hit", "miss", "expired", "stale", "updating", "revalidated", "bypass"] as const;
export type CacheStatus = (typeof CACHE_STATUSES)[number];
export const CACHE_COUNTER_FIELDS = [...CACHE_STATUSES, "bytesCached", "bytesTotal"] as const;
export type CacheCounterField = (typeof CACHE_COUNTER_FIELDS)[number];
export const CACHE_PROJECTION_FIELDS = ["objects", "capacity", "alpha", "split"] as const;
export type CacheProjectionField = (typeof CACHE_PROJECTION_FIELDS)[number];
export const CACHE_FIELDS = [...CACHE_COUNTER_FIELDS, ...CACHE_PROJECTION_FIELDS] as const;
export type CacheField = (typeof CACHE_FIELDS)[number];
export type CacheRaw = RawInputs<CacheField>;

/** Served from the cache: the response body came from the cache. */
export const SERVED_FROM_CACHE: readonly CacheStatus[] = ["hit", "stale", "updating", "revalidated"];
/** Went to the origin for the body. */
export const FETCHED_FROM_ORIGIN: readonly CacheStatus[] = ["miss", "expired", "bypass"];

export const CACHE_STATUS_NOTES: Record<CacheStatus, string> = {
  hit: "served from the cache",
  miss: "not in the cache: fetched from the origin",
  expired: "in the cache but expired: fetched again from the origin",
  stale: "expired, served stale (proxy_cache_use_stale, e.g. origin error)",
  updating: "expired, served stale while another request updates it",
  revalidated: "expired, origin answered 304 Not Modified (proxy_cache_revalidate): body from the cache",
  bypass: "not looked up (proxy_cache_bypass): fetched from the origin",
};

export const CACHE_DEFAULTS: CacheRaw = {
  hit: "700",
  miss: "9300",
  expired: "0",
  stale: "0",
  updating: "0",
  revalidated: "0",
  bypass: "0",
  bytesCached: "",
  bytesTotal: "",
  objects: "1000000",
  capacity: "500000",
  alpha: "0.4",
  split: "10",
};

export type CacheCountersInput = { counts: Record<CacheStatus, number>; bytesCached: number | null; bytesTotal: number | null };

export function parseCacheCounters(raw: CacheRaw): ParseResult<CacheCountersInput, CacheCounterField> {
  const errors: FieldErrors<CacheCounterField> = {};
  const counts = {} as Record<CacheStatus, number>;
  for (const status of CACHE_STATUSES) {
    const required = status === "hit" || status === "miss";
    const r = parseNumber(raw[status], { min: 0, max: 1e15, integer: true, emptyAs: required ? undefined : 0 });
    if (r.ok) counts[status] = r.value;
    else errors[status] = r.error;
  }
  if (Object.keys(errors).length === 0 && CACHE_STATUSES.every((s) => counts[s] === 0)) {
    errors.hit = "Enter at least one request.";
  }
  const cachedText = (raw.bytesCached ?? "").trim();
  const totalText = (raw.bytesTotal ?? "").trim();
  let bytesCached: number | null = null;
  let bytesTotal: number | null = null;
  if (cachedText !== "" || totalText !== "") {
    const c = parseSize(cachedText === "" ? "" : raw.bytesCached);
    const t = parseSize(totalText === "" ? "" : raw.bytesTotal, { positive: true });
    if (!c.ok) errors.bytesCached = cachedText === "" ? "Required with the total bytes." : c.error;
    if (!t.ok) errors.bytesTotal = totalText === "" ? "Required with the cached bytes." : t.error;
    if (c.ok && t.ok) {
      if (c.value > t.value) errors.bytesCached = "Cannot be more than the total bytes.";
      bytesCached = c.value;
      bytesTotal = t.value;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { counts, bytesCached, bytesTotal } };
}

export type CacheCountersResult = {
  total: number;
  servedFromCache: number;
  requestHitRatio: number;
  /** Requests that never reached the origin (HIT, STALE, UPDATING). */
  originRequestsSaved: number;
  /** Requests that reached the origin: full fetches (MISS, EXPIRED, BYPASS) plus 304 revalidations. */
  originRequests: number;
  byteHitRatio: number | null;
  steps: Step[];
  configLines: ConfigLine[];
};

export function calculateCacheCounters(i: CacheCountersInput): CacheCountersResult {
  const c = i.counts;
  const total = CACHE_STATUSES.reduce((a, s) => a + c[s], 0);
  const served = SERVED_FROM_CACHE.reduce((a, s) => a + c[s], 0);
  const saved = c.hit + c.stale + c.updating;
  const origin = total - saved;
  const ratio = total > 0 ? served / total : 0;
  const byteRatio = i.bytesCached !== null && i.bytesTotal ? i.bytesCached / i.bytesTotal : null;
  const steps: Step[] = [
    { label: "Requests", formula: "HIT + MISS + EXPIRED + STALE + UPDATING + REVALIDATED + BYPASS", value: formatInt(total) },
    { label: "Served from the cache", formula: `HIT + STALE + UPDATING + REVALIDATED = ${[c.hit, c.stale, c.updating, c.revalidated].map(formatInt).join(" + ")}`, value: formatInt(served) },
    { label: "Request hit ratio", formula: `${formatInt(served)} ÷ ${formatInt(total)}`, value: formatPercent(ratio) },
    { label: "Origin requests saved", formula: `HIT + STALE + UPDATING (REVALIDATED still asks the origin, for a 304)`, value: formatInt(saved) },
    { label: "Requests to the origin", formula: "MISS + EXPIRED + BYPASS + REVALIDATED", value: formatInt(origin) },
  ];
  if (byteRatio !== null && i.bytesCached !== null && i.bytesTotal !== null) {
    steps.push({ label: "Byte hit ratio", formula: `${formatBytesDecimal(i.bytesCached)} ÷ ${formatBytesDecimal(i.bytesTotal)}`, value: formatPercent(byteRatio) });
  }
  return {
    total,
    servedFromCache: served,
    requestHitRatio: ratio,
    originRequestsSaved: saved,
    originRequests: origin,
    byteHitRatio: byteRatio,
    steps,
    configLines: [
      { label: "nginx: log the cache status and body size", code: "log_format cache '$upstream_cache_status $body_bytes_sent';\naccess_log /var/log/nginx/cache.log cache;" },
      {
        label: "Count requests and bytes per status",
        code: `awk '{n[$1]++; b[$1]+=$2} END {for (s in n) print s, n[s], b[s]}' /var/log/nginx/cache.log`,
      },
    ],
  };
}

export type CacheProjectionInput = { objects: number; capacity: number; alpha: number; split: number };

export const CACHE_LIMITS = { maxObjects: 1e9, maxSplit: 1000, maxAlpha: 3 } as const;

export function parseCacheProjection(raw: CacheRaw): ParseResult<CacheProjectionInput, CacheProjectionField> {
  const errors: FieldErrors<CacheProjectionField> = {};
  const objects = parseNumber(raw.objects, { min: 1, max: CACHE_LIMITS.maxObjects, integer: true });
  const capacity = parseNumber(raw.capacity, { min: 1, max: CACHE_LIMITS.maxObjects, integer: true });
  const alpha = parseNumber(raw.alpha, { min: 0, max: CACHE_LIMITS.maxAlpha });
  const split = parseNumber(raw.split, { min: 1, max: CACHE_LIMITS.maxSplit, integer: true, emptyAs: 1 });
  if (!objects.ok) errors.objects = objects.error;
  if (!capacity.ok) errors.capacity = capacity.error;
  if (!alpha.ok) errors.alpha = alpha.error;
  if (!split.ok) errors.split = split.error;
  if (!objects.ok || !capacity.ok || !alpha.ok || !split.ok) return { ok: false, errors };
  return { ok: true, input: { objects: objects.value, capacity: capacity.value, alpha: alpha.value, split: split.value } };
}

export type CacheProjectionResult = {
  hitRatio: number;
  hitRatioWithoutSplit: number;
  /** Characteristic time T (in requests) with the split. */
  characteristicTime: number;
  characteristicTimeWithoutSplit: number;
  effectiveCapacity: number;
  allFit: boolean;
  allFitWithoutSplit: boolean;
  steps: Step[];
  configLines: ConfigLine[];
  method: string;
};

export function calculateCacheProjection(i: CacheProjectionInput): CacheProjectionResult {
  const model = zipfModel(i.objects, i.alpha);
  const effective = i.capacity / i.split;
  const split = solveChe(model, effective);
  const whole = i.split === 1 ? split : solveChe(model, i.capacity);
  const tText = (s: typeof split) => (s.allFit ? "∞ (everything fits)" : `${formatSignificant(s.t, 4)} requests`);
  const steps: Step[] = [
    { label: "Popularity of rank i", formula: `q_i = i^−α ÷ Σ_{j=1..N} j^−α, α = ${formatNumber(i.alpha, 3)}, N = ${formatInt(i.objects)}`, value: `Σ j^−α = ${formatSignificant(model.harmonic, 6)}` },
    { label: "Key split", formula: `each object under ${i.split} keys, each with q_i ÷ ${i.split}: same as a cache of C ÷ k objects`, value: `${formatNumber(i.capacity, 0)} ÷ ${i.split} = ${formatNumber(effective, 2)}` },
    { label: "Characteristic time T (split)", formula: `solve Σ (1 − e^(−q_i·T)) = ${formatNumber(effective, 2)}`, value: tText(split) },
    { label: "Hit ratio (split)", formula: "h = Σ q_i (1 − e^(−q_i·T))", value: formatPercent(split.hitRatio) },
  ];
  if (i.split > 1) {
    steps.push(
      { label: "Characteristic time T (one key per object)", formula: `solve Σ (1 − e^(−q_i·T)) = ${formatInt(i.capacity)}`, value: tText(whole) },
      { label: "Hit ratio (one key per object)", formula: "h = Σ q_i (1 − e^(−q_i·T))", value: formatPercent(whole.hitRatio) },
    );
  }
  return {
    hitRatio: split.hitRatio,
    hitRatioWithoutSplit: whole.hitRatio,
    characteristicTime: split.allFit ? Number.MAX_VALUE : split.t,
    characteristicTimeWithoutSplit: whole.allFit ? Number.MAX_VALUE : whole.t,
    effectiveCapacity: effective,
    allFit: split.allFit,
    allFitWithoutSplit: whole.allFit,
    steps,
    configLines: [
      { label: "nginx: one key per object, whatever host name the client used", code: 'proxy_cache_key "$scheme$uri";   # was "$scheme$host$request_uri"' },
      { label: "Then empty the old cache (old keys are never hit again)", code: "rm -rf /path/to/proxy_cache_path/*" },
    ],
    method: `Che approximation for LRU under independent Zipf requests; ranks 1–${formatInt(Math.min(CHE_HEAD, i.objects))} summed exactly${i.objects > CHE_HEAD ? ", the tail by Euler–Maclaurin with Gauss–Legendre quadrature" : ""}. Steady state: cold-start misses are not counted.`,
  };
}

export function cacheToParams(raw: CacheRaw, fields: readonly CacheField[] = CACHE_FIELDS): URLSearchParams {
  return rawToParams(raw, fields);
}

export function cacheFromParams(params: ParamsLike | null | undefined): CacheRaw {
  return rawFromParams(params, CACHE_DEFAULTS);
}
