/**
 * The words of the incident model (severities, statuses, list sorts and
 * filters) and the few limits the browser shows, without zod: pages that only
 * label or filter incidents (the list's table, the dashboard's charts) import
 * this and build no schema. Keep it import-free (tests/unit/incident-schema-modules.test.ts).
 */

export const SEVERITIES = ["SEV1", "SEV2", "SEV3", "SEV4"] as const;
export const STATUSES = ["open", "mitigated", "resolved"] as const;
export const SOURCES = ["manual", "alertmanager", "api"] as const;
export const EVENT_KINDS = [
  "created",
  "edited",
  "status_changed",
  "note_added",
  "runbook_linked",
  "runbook_unlinked",
  "runbook_feedback",
  "alert_fired",
  "alert_resolved",
] as const;
export const SORT_KEYS = ["startedAt", "severity", "status", "title", "timeToResolve"] as const;
/** The list's `has` filter: incidents that have these times (what the dashboard's percentiles count). */
export const MILESTONE_TIMES = ["detectedAt", "mitigatedAt", "resolvedAt"] as const;
/** The list's `fixWorked` filter: feedback on a linked runbook (the `runbook` one when given). */
export const FIX_WORKED_VALUES = ["true", "false", "unknown"] as const;
export const SORT_ORDERS = ["desc", "asc"] as const;

export type Severity = (typeof SEVERITIES)[number];
export type IncidentStatus = (typeof STATUSES)[number];
export type IncidentSource = (typeof SOURCES)[number];
export type IncidentEventKind = (typeof EVENT_KINDS)[number];
export type IncidentSortKey = (typeof SORT_KEYS)[number];
export type SortOrder = (typeof SORT_ORDERS)[number];
export type MilestoneTime = (typeof MILESTONE_TIMES)[number];
export type FixWorkedFilter = (typeof FIX_WORKED_VALUES)[number];

export const LIST_LIMIT_MAX = 100;
export const LIST_LIMIT_DEFAULT = 25;
export const NAMESPACE_FILTER_MAX = 20;

export const RESULT_REQUIRED_MESSAGE = "Result is required to resolve an incident: say what fixed it";

/**
 * The values of a query parameter given as a comma list, repeated, or both
 * (`status=open,mitigated` or `status=open&status=mitigated`): trimmed, blanks
 * and repeats dropped. Shared with the browser's URL state.
 */
export function splitListParam(given: readonly string[]): string[] {
  return [...new Set(given.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean))];
}
