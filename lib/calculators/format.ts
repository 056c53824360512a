/**
 * Number formatting for results and steps. Deterministic (en-US grouping) and
 * NaN-proof: a non-finite value renders as "—" rather than "NaN" or "Infinity".
 */

import { formatNumber, NOT_A_NUMBER } from "@/lib/format-number";

export { formatNumber, NOT_A_NUMBER };

/** Like formatNumber but keeps `sig` significant digits for small values (0.000123 → "0.000123"). */
export function formatSignificant(n: number, sig = 4): string {
  if (!Number.isFinite(n)) return NOT_A_NUMBER;
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (abs >= 1) return formatNumber(n, Math.max(0, sig - Math.floor(Math.log10(abs)) - 1));
  const decimals = Math.min(20, sig - Math.floor(Math.log10(abs)) - 1);
  return formatNumber(n, decimals);
}

/** A duration given in milliseconds: "105 ms", "1,234.5 ms (1.23 s)". */
export function formatMs(ms: number, maxDecimals = 3): string {
  if (!Number.isFinite(ms)) return NOT_A_NUMBER;
  const base = `${formatNumber(ms, maxDecimals)} ms`;
  return Math.abs(ms) >= 1000 ? `${base} (${formatDurationLong(ms)})` : base;
}

function formatDurationLong(ms: number): string {
  const s = ms / 1000;
  if (s < 120) return `${formatNumber(s, 2)} s`;
  const min = s / 60;
  if (min < 120) return `${formatNumber(min, 1)} min`;
  return `${formatNumber(min / 60, 1)} h`;
}

/** A ratio against a baseline: 10.5 → "10.5×". */
export function formatTimes(x: number, maxDecimals = 2): string {
  return Number.isFinite(x) ? `${formatNumber(x, maxDecimals)}×` : NOT_A_NUMBER;
}

/** A fraction as a percentage: 0.6021 → "60.21%". */
export function formatPercent(fraction: number, maxDecimals = 2): string {
  return Number.isFinite(fraction) ? `${formatNumber(fraction * 100, maxDecimals)}%` : NOT_A_NUMBER;
}

const DEC_UNITS: readonly [string, number][] = [
  ["PB", 1e15],
  ["TB", 1e12],
  ["GB", 1e9],
  ["MB", 1e6],
  ["KB", 1e3],
];
const BIN_UNITS: readonly [string, number][] = [
  ["PiB", 2 ** 50],
  ["TiB", 2 ** 40],
  ["GiB", 2 ** 30],
  ["MiB", 2 ** 20],
  ["KiB", 2 ** 10],
];

function formatBytesWith(bytes: number, units: readonly [string, number][], maxDecimals: number): string {
  if (!Number.isFinite(bytes)) return NOT_A_NUMBER;
  const abs = Math.abs(bytes);
  for (const [name, factor] of units) {
    if (abs >= factor) return `${formatNumber(bytes / factor, maxDecimals)} ${name}`;
  }
  return `${formatNumber(bytes, 0)} B`;
}

/** Decimal units as sold: 1e12 → "1 TB". */
export function formatBytesDecimal(bytes: number, maxDecimals = 2): string {
  return formatBytesWith(bytes, DEC_UNITS, maxDecimals);
}

/** Binary units as the OS reports them: 1e12 → "931.32 GiB". */
export function formatBytesBinary(bytes: number, maxDecimals = 2): string {
  return formatBytesWith(bytes, BIN_UNITS, maxDecimals);
}

/** Bytes in a fixed unit: formatBytesIn(5e11, "GiB") → "465.66 GiB". */
export function formatBytesIn(bytes: number, unit: "GB" | "TB" | "GiB" | "TiB", maxDecimals = 2): string {
  const factor = { GB: 1e9, TB: 1e12, GiB: 2 ** 30, TiB: 2 ** 40 }[unit];
  return Number.isFinite(bytes) ? `${formatNumber(bytes / factor, maxDecimals)} ${unit}` : NOT_A_NUMBER;
}

/** Integer with grouping: 10000000 → "10,000,000". */
export function formatInt(n: number): string {
  return formatNumber(Math.round(n), 0);
}
