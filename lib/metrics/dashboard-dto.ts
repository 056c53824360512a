import type { Severity } from "@/lib/incidents/incident-schemas";
import type { ListLink } from "./list-link";
import type { MetricChange } from "./metric-change";
import type { ResponseTimeKey } from "./response-time-columns";

/**
 * The dashboard's data as the page and its client components receive it:
 * plain JSON (times as ISO strings, days as YYYY-MM-DD), every figure with
 * the list filters of the incidents it counts (`link`). Built by
 * get-dashboard.ts; the types are shared with the browser.
 */

export interface Counted {
  count: number;
  link: ListLink;
}

export interface DashboardRange {
  days: number;
  fromDay: string;
  toDay: string;
  previous: { fromDay: string; toDay: string };
}

export interface OpenIncidentsDto {
  total: Counted;
  cells: (Counted & { status: "open" | "mitigated"; severity: Severity })[];
  oldest: { id: number; title: string; severity: Severity; status: "open" | "mitigated"; startedAt: string } | null;
}

export interface WeekDto {
  key: string;
  /** ISO week, e.g. 2026-W47. */
  label: string;
  /** The part of the week inside the range (first and last weeks can be partial). */
  fromDay: string;
  toDay: string;
  total: Counted;
  bySeverity: Record<Severity, Counted>;
}

export interface ResponseTimeDto {
  key: ResponseTimeKey;
  label: string;
  current: { count: number; p50: number | null; p90: number | null; link: ListLink };
  previous: { count: number; p50: number | null; p90: number | null; link: ListLink };
  p50Change: MetricChange;
  p90Change: MetricChange;
}

export interface TrendWeekDto {
  key: string;
  label: string;
  /** Median seconds per response time (null: no incident that week has it). */
  p50: Record<ResponseTimeKey, number | null>;
  count: Record<ResponseTimeKey, number>;
}

export interface RecurringAlertDto extends Counted {
  alertname: string;
  lastSeen: string;
}

export interface RecurringRunbookDto extends Counted {
  slug: string;
  title: string;
  lastSeen: string;
}

export interface RunbookEffectivenessDto {
  slug: string;
  title: string;
  linked: Counted;
  worked: Counted;
  didNotWork: Counted;
  noFeedback: Counted;
  /** worked / (worked + didNotWork); null without any feedback. */
  workedShare: number | null;
  /** Linked and resolved: what the median is computed over. */
  resolved: Counted;
  medianResolveSeconds: number | null;
}

export interface RunbookGapDto extends Counted {
  kind: "alert" | "title";
  /** The alert name, or one title of the group. */
  label: string;
  service: string | null;
  lastSeen: string;
}

export interface ServiceDto extends Counted {
  service: string;
  lastSeen: string;
}

export interface DashboardDto {
  generatedAt: string;
  range: DashboardRange;
  incidents: { current: Counted; previous: Counted; change: MetricChange };
  open: OpenIncidentsDto;
  weeks: WeekDto[];
  responseTimes: ResponseTimeDto[];
  trend: TrendWeekDto[];
  recurringAlerts: RecurringAlertDto[];
  recurringRunbooks: RecurringRunbookDto[];
  effectiveness: RunbookEffectivenessDto[];
  gaps: RunbookGapDto[];
  services: ServiceDto[];
  runbooks: { latest: { slug: string; title: string; updated: string; inRange: boolean }[]; updatedInRange: number };
}
