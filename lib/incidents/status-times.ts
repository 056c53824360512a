import type { IncidentStatus } from "./incident-vocabulary";

/**
 * What a status change does to an incident's times: the rule of PATCH
 * (plan-incident-update.ts), which the incident page also applies while the
 * PATCH is in flight (components/incidents/lib/optimistic.ts), so the badge
 * and the times it shows at once are the ones the server will store. Pure and
 * import-free apart from the vocabulary, so the browser pays nothing for it.
 */

export interface IncidentTimes {
  startedAt: Date;
  mitigatedAt: Date | null;
  resolvedAt: Date | null;
}

/**
 * `times` are the incident's after the patch's own fields; `given` says which
 * of mitigatedAt and resolvedAt the patch set itself (those are kept as given).
 * - Mitigating keeps the first mitigation time, or stamps one.
 * - Resolving stamps the resolution time.
 * - Any status but resolved clears the resolution; mitigatedAt stays as history.
 * A stamp is `now`, never before the start.
 */
export function statusTimes(
  from: IncidentStatus,
  to: IncidentStatus,
  times: IncidentTimes,
  given: { mitigatedAt: boolean; resolvedAt: boolean },
  now: Date,
): Pick<IncidentTimes, "mitigatedAt" | "resolvedAt"> {
  const stamp = new Date(Math.max(now.getTime(), times.startedAt.getTime()));
  let { mitigatedAt, resolvedAt } = times;
  if (to !== from && to === "mitigated" && !given.mitigatedAt) mitigatedAt ??= stamp;
  if (to !== from && to === "resolved" && !given.resolvedAt) resolvedAt = stamp;
  if (to !== "resolved") resolvedAt = null;
  return { mitigatedAt, resolvedAt };
}

/** resolvedAt − startedAt in milliseconds; null while not resolved (the DTO's `timeToResolveMs`). */
export function timeToResolveMs(times: Pick<IncidentTimes, "startedAt" | "resolvedAt">): number | null {
  return times.resolvedAt ? times.resolvedAt.getTime() - times.startedAt.getTime() : null;
}
