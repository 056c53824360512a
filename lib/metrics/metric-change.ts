/**
 * A figure beside the same figure for the previous range. Pure.
 * `ratio` is relative to the previous value (0.25 = 25 % more); it is null
 * when either side is missing or the previous value is 0 (no meaningful %).
 */
export interface MetricChange {
  current: number | null;
  previous: number | null;
  delta: number | null;
  ratio: number | null;
}

export function changeBetween(current: number | null, previous: number | null): MetricChange {
  if (current === null || previous === null) return { current, previous, delta: null, ratio: null };
  return { current, previous, delta: current - previous, ratio: previous === 0 ? null : (current - previous) / previous };
}
