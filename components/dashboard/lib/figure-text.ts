import { formatDuration } from "@/lib/format";
import type { MetricChange } from "@/lib/metrics/metric-change";

/** How the dashboard words its figures. Pure. */

/** Whole seconds → "2 h 5 min"; "—" when there is no value. */
export function formatSeconds(seconds: number | null): string {
  return seconds === null ? "—" : formatDuration(seconds * 1000);
}

/** 0.5 → "50 %"; "—" when there is no value. */
export function formatShare(share: number | null): string {
  return share === null ? "—" : `${Math.round(share * 100)} %`;
}

export type ChangeTone = "better" | "worse" | "same" | "none";

export interface ChangeText {
  /** "−27 min (−45 %)", "+3 (+150 %)", "no change", "no previous figure". */
  text: string;
  tone: ChangeTone;
}

/**
 * A change against the previous range, for figures where less is better
 * (incidents, response times): a fall reads as better. `format` shows the
 * absolute difference in the figure's unit.
 */
export function describeChange(change: MetricChange, format: (value: number) => string): ChangeText {
  if (change.delta === null) return { text: change.current === null ? "no figure yet" : "no previous figure", tone: "none" };
  if (change.delta === 0) return { text: "no change", tone: "same" };
  const sign = change.delta > 0 ? "+" : "−";
  const percent = change.ratio === null ? "" : ` (${sign}${Math.round(Math.abs(change.ratio) * 100)} %)`;
  return { text: `${sign}${format(Math.abs(change.delta))}${percent}`, tone: change.delta < 0 ? "better" : "worse" };
}

export interface DurationUnit {
  /** Seconds per unit. */
  seconds: number;
  label: "s" | "min" | "h" | "d";
}

/** The unit a chart axis of durations up to `maxSeconds` reads best in, so its ticks are round numbers. */
export function durationUnitFor(maxSeconds: number): DurationUnit {
  if (maxSeconds < 120) return { seconds: 1, label: "s" };
  if (maxSeconds < 2 * 3600) return { seconds: 60, label: "min" };
  if (maxSeconds < 3 * 86_400) return { seconds: 3600, label: "h" };
  return { seconds: 86_400, label: "d" };
}
