import type { FixWorkedFilter, IncidentStatus, MilestoneTime, Severity, SortOrder } from "@/lib/incidents/incident-schemas";

/**
 * The incident list filters that select exactly the incidents a dashboard
 * figure counts: what its link opens. Names and values are the list's URL
 * parameters (components/incidents/lib/list-state.ts turns one into a URL),
 * and tests/db/metrics.test.ts checks each figure against the list. Pure.
 */
export interface ListLink {
  status?: IncidentStatus[];
  severity?: Severity[];
  service?: string;
  runbook?: string;
  /** UTC days, both included. */
  from?: string;
  to?: string;
  alertname?: string;
  hasAlert?: "true" | "false";
  hasRunbook?: "true" | "false";
  fixWorked?: FixWorkedFilter;
  has?: MilestoneTime[];
  similar?: string;
  order?: SortOrder;
}
