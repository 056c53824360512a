import { ownValue } from "@/lib/own-property";
import { formatNumber } from "./format";
/**
 * Parsing of raw form strings into numbers, with one error message per failure.
 * Every function returns a tagged result and never throws; a value that is not a
 * finite number never comes out of here.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export type NumberRule = {
  /** Smallest allowed value (inclusive unless `minExclusive`). */
  min?: number;
  minExclusive?: boolean;
  max?: number;
  integer?: boolean;
  /** Maximum number of decimals (e.g. 3 for millisecond inputs stored in microseconds). */
  decimals?: number;
  /** Unit appended to range messages, e.g. " ms". */
  unit?: string;
  /** When set, an empty string parses to this value instead of "Required." */
  emptyAs?: number;
};

const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_RE = /^[+-]?\d{1,3}([,_ ]\d{3})+(\.\d+)?$/;

export const MESSAGES = {
  required: "Required.",
  notNumber: (raw: string) => `Not a number: “${raw}”.`,
  negative: "Must not be negative.",
  integer: "Must be a whole number.",
  decimals: (n: number) => (n === 0 ? "Must be a whole number." : `Use at most ${n} decimal${n === 1 ? "" : "s"}.`),
  min: (min: number, unit = "") => `Must be at least ${fmtPlain(min)}${unit}.`,
  minExclusive: (min: number, unit = "") => `Must be greater than ${fmtPlain(min)}${unit}.`,
  max: (max: number, unit = "") => `Must be at most ${fmtPlain(max)}${unit}.`,
} as const;

function fmtPlain(n: number): string {
  return Number.isInteger(n) ? formatNumber(n, 0) : String(n);
}

/** Strips digit-group separators ("10,000,000", "10_000_000", "10 000 000") from a number. */
function normaliseNumber(raw: string): string {
  const t = raw.trim();
  return GROUPED_RE.test(t) ? t.replace(/[,_ ]/g, "") : t;
}

function countDecimals(text: string): number {
  const m = /\.(\d+)/.exec(text.toLowerCase().split("e")[0] ?? "");
  return m?.[1] ? m[1].replace(/0+$/, "").length : 0;
}

/** Parses a plain number (no unit) and checks it against `rule`. */
export function parseNumber(raw: string, rule: NumberRule = {}): Parsed<number> {
  const text = normaliseNumber(raw ?? "");
  if (text === "") {
    return rule.emptyAs !== undefined ? { ok: true, value: rule.emptyAs } : { ok: false, error: MESSAGES.required };
  }
  if (!NUMBER_RE.test(text)) return { ok: false, error: MESSAGES.notNumber(raw.trim()) };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, error: MESSAGES.notNumber(raw.trim()) };
  return checkRange(value, rule, text);
}

export function checkRange(value: number, rule: NumberRule, text?: string): Parsed<number> {
  if (!Number.isFinite(value)) return { ok: false, error: MESSAGES.notNumber(String(value)) };
  const unit = rule.unit ?? "";
  if (value < 0 && (rule.min ?? -Infinity) >= 0) return { ok: false, error: MESSAGES.negative };
  if (rule.integer && !Number.isInteger(value)) return { ok: false, error: MESSAGES.integer };
  if (rule.decimals !== undefined && text !== undefined && countDecimals(text) > rule.decimals) {
    return { ok: false, error: MESSAGES.decimals(rule.decimals) };
  }
  if (rule.min !== undefined) {
    if (rule.minExclusive && value <= rule.min) return { ok: false, error: MESSAGES.minExclusive(rule.min, unit) };
    if (!rule.minExclusive && value < rule.min) return { ok: false, error: MESSAGES.min(rule.min, unit) };
  }
  if (rule.max !== undefined && value > rule.max) return { ok: false, error: MESSAGES.max(rule.max, unit) };
  return { ok: true, value };
}

/**
 * A Kubernetes-style CPU quantity: "0.4", "2", "400m", "0.4 cores".
 * Returns whole millicores; Kubernetes' resolution is 1m, so finer values are errors.
 */
export function parseCpu(raw: string, maxCores = 1024): Parsed<number> {
  const text = (raw ?? "").trim();
  if (text === "") return { ok: false, error: MESSAGES.required };
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))\s*(m|cores?|cpus?)?$/i.exec(text);
  if (!m?.[1]) return { ok: false, error: `Not a CPU quantity: “${text}”. Use cores (0.4) or millicores (400m).` };
  const num = Number(m[1]);
  if (!Number.isFinite(num)) return { ok: false, error: MESSAGES.notNumber(text) };
  if (num < 0) return { ok: false, error: MESSAGES.negative };
  const milli = m[2]?.toLowerCase() === "m";
  if (milli && !Number.isInteger(num)) {
    return { ok: false, error: "Millicores must be a whole number (Kubernetes' resolution is 1m)." };
  }
  if (!milli && countDecimals(m[1]) > 3) {
    return { ok: false, error: "Finer than 1m (0.001 core): Kubernetes' resolution is 1m." };
  }
  const millicores = milli ? num : Math.round(num * 1000);
  if (millicores <= 0) return { ok: false, error: "Must be greater than 0." };
  if (millicores > maxCores * 1000) return { ok: false, error: `Must be at most ${maxCores} cores.` };
  return { ok: true, value: millicores };
}

export const DECIMAL_UNITS = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12, PB: 1e15 } as const;
export const BINARY_UNITS = { KIB: 2 ** 10, MIB: 2 ** 20, GIB: 2 ** 30, TIB: 2 ** 40, PIB: 2 ** 50 } as const;
const UNIT_FACTORS: Record<string, number> = { ...DECIMAL_UNITS, ...BINARY_UNITS };

export type SizeRule = {
  /** Require a unit (disks); when false a bare number means bytes. */
  requireUnit?: boolean;
  /** Smallest size in bytes (exclusive of zero when `positive`). */
  positive?: boolean;
  maxBytes?: number;
};

/** A storage size: "500GB", "1.2 TB", "931GiB", or (when allowed) a bare byte count. Returns bytes. */
export function parseSize(raw: string, rule: SizeRule = {}): Parsed<number> {
  const text = (raw ?? "").trim();
  if (text === "") return { ok: false, error: MESSAGES.required };
  const split = /^(.*?)\s*([a-z]*)$/i.exec(text);
  const numText = normaliseNumber(split?.[1] ?? "");
  const unitRaw = split?.[2] ?? "";
  if (!NUMBER_RE.test(numText)) return { ok: false, error: `Not a size: “${text}”. Use e.g. 500GB or 1.2TB.` };
  const num = Number(numText);
  if (!Number.isFinite(num)) return { ok: false, error: `Not a size: “${text}”.` };
  if (num < 0) return { ok: false, error: MESSAGES.negative };
  const unitText = unitRaw.toUpperCase();
  if (unitText === "") {
    if (rule.requireUnit) return { ok: false, error: "Add a unit: GB or TB (as on the disk label)." };
  } else if (ownValue(UNIT_FACTORS, unitText) === undefined) {
    return { ok: false, error: `Unknown unit “${unitRaw}”. Use B, KB, MB, GB, TB, PB (or KiB…PiB).` };
  }
  const bytes = num * (unitText === "" ? 1 : (ownValue(UNIT_FACTORS, unitText) ?? 1));
  if (!Number.isFinite(bytes)) return { ok: false, error: `Not a size: “${text}”.` };
  if (rule.positive && bytes <= 0) return { ok: false, error: "Must be greater than 0." };
  if (rule.maxBytes !== undefined && bytes > rule.maxBytes) return { ok: false, error: "Too large." };
  return { ok: true, value: bytes };
}

/** Parses a value from a fixed set of choices. */
export function parseChoice<T extends string>(raw: string, choices: readonly T[], label: string): Parsed<T> {
  const text = (raw ?? "").trim();
  const found = choices.find((c) => c.toLowerCase() === text.toLowerCase());
  if (found !== undefined) return { ok: true, value: found };
  if (text === "") return { ok: false, error: MESSAGES.required };
  return { ok: false, error: `${label} must be one of ${choices.join(", ")}.` };
}
