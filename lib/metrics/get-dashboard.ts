import "server-only";
import { authorize, type RequestContext } from "@/lib/auth/actor";
import { SEVERITIES } from "@/lib/incidents/incident-schemas";
import { getRunbookEntry, listRunbooks } from "@/lib/runbooks/runbook-index";
import { countIncidents } from "./count-incidents";
import { countIncidentsByAlert } from "./count-incidents-by-alert";
import { countIncidentsByService } from "./count-incidents-by-service";
import { countIncidentsByWeek } from "./count-incidents-by-week";
import { countUnlinkedIncidentsByTitle } from "./count-unlinked-incidents-by-title";
import type { DashboardDto, RunbookGapDto } from "./dashboard-dto";
import { getOpenIncidents } from "./get-open-incidents";
import { getResponseTimeTrend } from "./get-response-time-trend";
import { getResponseTimes } from "./get-response-times";
import { getRunbookUsage } from "./get-runbook-usage";
import { listRecentlyUpdatedRunbooks } from "./list-recently-updated-runbooks";
import type { ListLink } from "./list-link";
import { changeBetween } from "./metric-change";
import { previousRange, rangeEndingAt, utcDay, type MetricRange } from "./metric-range";
import { RESPONSE_TIMES } from "./response-time-columns";

/** Recurring: seen at least twice in the range. Effectiveness: linked at least three times (the issue's threshold). */
const RECURRING_MIN = 2;
const EFFECTIVENESS_MIN = 3;
const TOP = 5;

const within = (range: MetricRange): ListLink => ({ from: range.fromDay, to: range.toDay });
const runbookTitle = (slug: string) => getRunbookEntry(slug)?.meta.title ?? slug;

/**
 * Everything the dashboard shows for the `days` UTC days ending today, each
 * figure computed in the database (lib/metrics/*) and paired with the list
 * filters of what it counts. The one domain call of app/(ops)/page.tsx.
 */
export async function getDashboard(ctx: RequestContext, days: number, now = new Date()): Promise<DashboardDto> {
  authorize(ctx, "incidents:read");
  const range = rangeEndingAt(days, now);
  const previous = previousRange(range);
  const [current, before, open, weeks, times, previousTimes, trend, alerts, alertGaps, titleGaps, usage, services] = await Promise.all([
    countIncidents(range),
    countIncidents(previous),
    getOpenIncidents(),
    countIncidentsByWeek(range),
    getResponseTimes(range),
    getResponseTimes(previous),
    getResponseTimeTrend(range),
    countIncidentsByAlert({ range, minCount: RECURRING_MIN, limit: TOP }),
    // An alert a runbook already lists is not a gap in the library: its old incidents are just unlinked
    // (new ones get the runbook from the webhook), and "write a runbook" would start a second one for it.
    countIncidentsByAlert({ range, unlinkedOnly: true, minCount: RECURRING_MIN, limit: TOP, exceptAlertnames: listRunbooks().flatMap((r) => r.alerts) }),
    countUnlinkedIncidentsByTitle({ range, minCount: RECURRING_MIN, limit: TOP }),
    getRunbookUsage({ range, minLinked: RECURRING_MIN }),
    countIncidentsByService(range),
  ]);
  const inRange = within(range);

  const gaps: RunbookGapDto[] = [
    ...alertGaps.map((g) => ({
      kind: "alert" as const,
      label: g.alertname,
      service: null,
      count: g.count,
      lastSeen: g.lastSeen.toISOString(),
      link: { ...inRange, alertname: g.alertname, hasRunbook: "false" as const },
    })),
    ...titleGaps.map((g) => ({
      kind: "title" as const,
      label: g.title,
      service: g.service,
      count: g.count,
      lastSeen: g.lastSeen.toISOString(),
      link: { ...inRange, service: g.service, similar: g.title, hasAlert: "false" as const, hasRunbook: "false" as const },
    })),
  ].sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen));

  return {
    generatedAt: now.toISOString(),
    range: { days: range.days, fromDay: range.fromDay, toDay: range.toDay, previous: { fromDay: previous.fromDay, toDay: previous.toDay } },
    incidents: {
      current: { count: current, link: inRange },
      previous: { count: before, link: within(previous) },
      change: changeBetween(current, before),
    },
    open: {
      total: { count: open.total, link: { status: ["open", "mitigated"], order: "asc" } },
      cells: open.counts.map((c) => ({ ...c, link: { status: [c.status], severity: [c.severity] } })),
      oldest: open.oldest ? { ...open.oldest, startedAt: open.oldest.startedAt.toISOString() } : null,
    },
    weeks: weeks.map((w) => {
      const week = { from: utcDay(w.from), to: utcDay(w.to) };
      return {
        key: w.key,
        label: w.label,
        fromDay: week.from,
        toDay: week.to,
        total: { count: w.total, link: week },
        bySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, { count: w.bySeverity[s], link: { ...week, severity: [s] } }])) as DashboardDto["weeks"][number]["bySeverity"],
      };
    }),
    responseTimes: RESPONSE_TIMES.map(({ key, label, has }) => ({
      key,
      label,
      current: { ...times[key], link: { ...inRange, has: [has] } },
      previous: { ...previousTimes[key], link: { ...within(previous), has: [has] } },
      p50Change: changeBetween(times[key].p50, previousTimes[key].p50),
      p90Change: changeBetween(times[key].p90, previousTimes[key].p90),
    })),
    trend: trend.map((w) => ({ key: w.key, label: w.label, p50: w.p50, count: w.count })),
    recurringAlerts: alerts.map((a) => ({ alertname: a.alertname, count: a.count, lastSeen: a.lastSeen.toISOString(), link: { ...inRange, alertname: a.alertname } })),
    recurringRunbooks: usage.slice(0, TOP).map((u) => ({
      slug: u.slug,
      title: runbookTitle(u.slug),
      count: u.linked,
      lastSeen: u.lastSeen.toISOString(),
      link: { ...inRange, runbook: u.slug },
    })),
    effectiveness: usage
      .filter((u) => u.linked >= EFFECTIVENESS_MIN)
      .map((u) => {
        const linked: ListLink = { ...inRange, runbook: u.slug };
        return {
          slug: u.slug,
          title: runbookTitle(u.slug),
          linked: { count: u.linked, link: linked },
          worked: { count: u.worked, link: { ...linked, fixWorked: "true" } },
          didNotWork: { count: u.didNotWork, link: { ...linked, fixWorked: "false" } },
          noFeedback: { count: u.noFeedback, link: { ...linked, fixWorked: "unknown" } },
          workedShare: u.worked + u.didNotWork === 0 ? null : u.worked / (u.worked + u.didNotWork),
          resolved: { count: u.resolved, link: { ...linked, has: ["resolvedAt"] } },
          medianResolveSeconds: u.medianResolveSeconds,
        };
      }),
    gaps: gaps.slice(0, TOP),
    services: services.map((s) => ({ service: s.service, count: s.count, lastSeen: s.lastSeen.toISOString(), link: { ...inRange, service: s.service } })),
    runbooks: listRecentlyUpdatedRunbooks(range),
  };
}
