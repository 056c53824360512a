import { beforeAll, describe, expect, it } from "vitest";
import { GET as listIncidentsRoute } from "@/app/api/incidents/route";
import { DEFAULT_LIST_STATE, listStateToSearch } from "@/components/incidents/lib/list-state";
import { getConfig } from "@/lib/config/env";
import { resetDatabase } from "@/lib/db/reset-database";
import type { IncidentListDto } from "@/lib/incidents/incident-dto";
import { countIncidents } from "@/lib/metrics/count-incidents";
import { countIncidentsByAlert } from "@/lib/metrics/count-incidents-by-alert";
import { countIncidentsByService } from "@/lib/metrics/count-incidents-by-service";
import { countIncidentsByWeek } from "@/lib/metrics/count-incidents-by-week";
import { countUnlinkedIncidentsByTitle } from "@/lib/metrics/count-unlinked-incidents-by-title";
import { getDashboard } from "@/lib/metrics/get-dashboard";
import { getOpenIncidents } from "@/lib/metrics/get-open-incidents";
import { getResponseTimeTrend } from "@/lib/metrics/get-response-time-trend";
import { getResponseTimes } from "@/lib/metrics/get-response-times";
import { getRunbookUsage } from "@/lib/metrics/get-runbook-usage";
import type { ListLink } from "@/lib/metrics/list-link";
import { previousRange, rangeEndingAt } from "@/lib/metrics/metric-range";
import { fireAlert, giveFeedback, logIncident } from "../support/incident-fixtures";
import { updateIncident } from "@/lib/incidents/update-incident";
import { anonymousEditor, viewerContext } from "../support/actors";

/**
 * Every metric against figures worked out by hand from the fixtures below,
 * on SQLite and on PostgreSQL (npm run test:db runs this file once per
 * database). The 30-day range ending 2026-01-07 crosses a year and an ISO
 * year boundary (2025-12-29 starts 2026-W01); the fixtures include
 * unresolved incidents, incidents without a detection time, links without
 * feedback, an incident on the first millisecond of the range and one on the
 * last second of the previous range, and a Sunday-night/Monday-midnight pair
 * on both sides of a week boundary.
 */

const now = new Date("2026-01-07T12:00:00Z");
const range = rangeEndingAt(30, now); // 2025-12-09 … 2026-01-07
const previous = previousRange(range); // 2025-11-09 … 2025-12-08
const RB = "pod-crashloopbackoff";

async function seed() {
  await resetDatabase();
  // In range.
  const a = await logIncident({ title: "Checkout pods crash after deploy", severity: "SEV1", service: "checkout", startedAt: "2025-12-28T23:30:00Z", detectedAfter: 5, mitigatedAfter: 20, resolvedAfter: 60, runbooks: [RB] });
  const b = await logIncident({ title: "Checkout workers crash looping", severity: "SEV2", service: "checkout", startedAt: "2025-12-29T00:00:00Z", detectedAfter: 10, mitigatedAfter: 30, resolvedAfter: 120, runbooks: [RB] });
  await logIncident({ title: "Checkout cart API restarts", severity: "SEV2", service: "checkout", startedAt: "2026-01-01T10:00:00Z", mitigatedAfter: 40, resolvedAfter: 240, runbooks: [RB] });
  await logIncident({ title: "Payments pod restarts", severity: "SEV3", service: "payments", startedAt: "2026-01-05T08:00:00Z", detectedAfter: 2, runbooks: [RB] });
  await fireAlert({ alertname: "FixtureDiskFull", fingerprint: "e1", service: "payments", startsAt: "2025-12-15T06:00:00Z" });
  await fireAlert({ alertname: "FixtureDiskFull", fingerprint: "f1", service: "payments", severity: "info", startsAt: "2026-01-03T06:00:00Z", resolvedAfter: 90 });
  await logIncident({ title: "Disk full on node-12", service: "search", startedAt: "2025-12-20T12:00:00Z", resolvedAfter: 30 });
  await logIncident({ title: "disk full on node-7", service: "search", startedAt: "2026-01-02T12:00:00Z", mitigatedAfter: 15 });
  await logIncident({ title: "First moment of the range", severity: "SEV4", service: "edge", startedAt: "2025-12-09T00:00:00Z", resolvedAfter: 10 });
  // Previous range.
  const i = await logIncident({ title: "Checkout latency", severity: "SEV2", service: "checkout", startedAt: "2025-11-20T10:00:00Z", detectedAfter: 20, mitigatedAfter: 60, resolvedAfter: 600, runbooks: [RB] });
  await logIncident({ title: "Search index lag", service: "search", startedAt: "2025-12-01T00:00:00Z", detectedAfter: 40, resolvedAfter: 90 });
  await logIncident({ title: "Last second of the previous range", severity: "SEV4", service: "edge", startedAt: "2025-12-08T23:59:59Z", resolvedAfter: 10 });
  // Before both ranges, still open.
  const j = await logIncident({ title: "Old open incident", severity: "SEV1", service: "legacy", startedAt: "2025-10-01T00:00:00Z" });
  await giveFeedback(a.id, RB, true);
  await giveFeedback(b.id, RB, false);
  await giveFeedback(i.id, RB, true);
  return { oldestOpenId: j.id };
}

describe(`metrics on ${getConfig().database.kind}`, () => {
  let fixtures: Awaited<ReturnType<typeof seed>>;
  beforeAll(async () => {
    fixtures = await seed();
  });

  it("counts incidents in the range and the previous one, bounds included", async () => {
    expect([range.fromDay, range.toDay, previous.fromDay, previous.toDay]).toEqual(["2025-12-09", "2026-01-07", "2025-11-09", "2025-12-08"]);
    expect(await countIncidents(range)).toBe(9);
    expect(await countIncidents(previous)).toBe(3);
  });

  it("what is open now, by status and severity, whenever it started, and the oldest one", async () => {
    const open = await getOpenIncidents();
    expect(open.total).toBe(4);
    expect(open.counts.filter((c) => c.count > 0)).toEqual([
      { status: "open", severity: "SEV1", count: 1 },
      { status: "open", severity: "SEV3", count: 2 },
      { status: "mitigated", severity: "SEV3", count: 1 },
    ]);
    expect(open.counts).toHaveLength(8);
    expect(open.oldest).toMatchObject({ id: fixtures.oldestOpenId, title: "Old open incident", status: "open", startedAt: new Date("2025-10-01T00:00:00Z") });
  });

  it("incidents per ISO week in UTC, by severity: partial first and last weeks, the ISO year boundary, empty weeks kept", async () => {
    const weeks = await countIncidentsByWeek(range);
    expect(weeks.map((w) => [w.label, w.from.toISOString().slice(0, 10), w.to.toISOString().slice(0, 10), w.total, w.bySeverity])).toEqual([
      ["2025-W50", "2025-12-09", "2025-12-14", 1, { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 1 }],
      ["2025-W51", "2025-12-15", "2025-12-21", 2, { SEV1: 0, SEV2: 0, SEV3: 2, SEV4: 0 }],
      ["2025-W52", "2025-12-22", "2025-12-28", 1, { SEV1: 1, SEV2: 0, SEV3: 0, SEV4: 0 }],
      ["2026-W01", "2025-12-29", "2026-01-04", 4, { SEV1: 0, SEV2: 2, SEV3: 1, SEV4: 1 }],
      ["2026-W02", "2026-01-05", "2026-01-07", 1, { SEV1: 0, SEV2: 0, SEV3: 1, SEV4: 0 }],
    ]);
    const week = await countIncidentsByWeek(rangeEndingAt(7, now));
    expect(week.map((w) => [w.label, w.total])).toEqual([["2026-W01", 3], ["2026-W02", 1]]);
  });

  it("median and p90 of time to detect, mitigate and resolve (linear interpolation), skipping incidents without that time", async () => {
    expect(await getResponseTimes(range)).toEqual({
      detect: { count: 5, p50: 120, p90: 480 }, // 0 0 120 300 600 (alerts are detected when they fire)
      mitigate: { count: 4, p50: 1500, p90: 2220 }, // 900 1200 1800 2400
      resolve: { count: 6, p50: 4500, p90: 10800 }, // 600 1800 3600 5400 7200 14400; two still unresolved
    });
    expect(await getResponseTimes(previous)).toEqual({
      detect: { count: 2, p50: 1800, p90: 2280 },
      mitigate: { count: 1, p50: 3600, p90: 3600 },
      resolve: { count: 3, p50: 5400, p90: 29880 },
    });
    const none = await getResponseTimes(rangeEndingAt(7, new Date("2024-01-01T00:00:00Z")));
    expect(none.resolve).toEqual({ count: 0, p50: null, p90: null });
  });

  it("weekly medians of the response times", async () => {
    const trend = await getResponseTimeTrend(range);
    expect(trend.map((w) => [w.label, w.p50.detect, w.p50.mitigate, w.p50.resolve])).toEqual([
      ["2025-W50", null, null, 600],
      ["2025-W51", 0, null, 1800],
      ["2025-W52", 300, 1200, 3600],
      ["2026-W01", 300, 1800, 7200],
      ["2026-W02", 120, null, null],
    ]);
    expect(trend[3].count).toEqual({ detect: 2, mitigate: 3, resolve: 3 });
  });

  it("recurring alert names and runbook usage with feedback and median time to resolve", async () => {
    expect(await countIncidentsByAlert({ range, minCount: 2 })).toEqual([{ alertname: "FixtureDiskFull", count: 2, lastSeen: new Date("2026-01-03T06:00:00Z") }]);
    expect(await getRunbookUsage({ range, minLinked: 2 })).toEqual([
      { slug: RB, linked: 4, lastSeen: new Date("2026-01-05T08:00:00Z"), worked: 1, didNotWork: 1, noFeedback: 2, resolved: 3, medianResolveSeconds: 7200 },
    ]);
    // All time: the previous range's incident counts too.
    expect(await getRunbookUsage({ slug: RB })).toMatchObject([{ linked: 5, worked: 2, didNotWork: 1, noFeedback: 2, resolved: 4, medianResolveSeconds: 10800 }]);
    expect(await getRunbookUsage({ range, minLinked: 5 })).toEqual([]);
  });

  it("runbook gaps: unlinked incidents by alert name, and by service and similar title", async () => {
    expect(await countIncidentsByAlert({ range, unlinkedOnly: true, minCount: 2 })).toEqual([{ alertname: "FixtureDiskFull", count: 2, lastSeen: new Date("2026-01-03T06:00:00Z") }]);
    expect(await countUnlinkedIncidentsByTitle({ range })).toEqual([
      { service: "search", titleKey: "disk full node", title: "disk full on node-7", count: 2, lastSeen: new Date("2026-01-02T12:00:00Z") },
    ]);
  });

  it("services with the most incidents", async () => {
    expect((await countIncidentsByService(range)).map((s) => [s.service, s.count])).toEqual([
      ["payments", 3],
      ["checkout", 3],
      ["search", 2],
      ["edge", 1],
    ]);
  });

  it("the dashboard puts them together, with the change against the previous range", async () => {
    const dashboard = await getDashboard(viewerContext(), 30, now);
    expect(dashboard.incidents.change).toEqual({ current: 9, previous: 3, delta: 6, ratio: 2 });
    expect(dashboard.responseTimes.find((t) => t.key === "detect")?.p50Change).toMatchObject({ current: 120, previous: 1800, delta: -1680 });
    expect(dashboard.effectiveness).toMatchObject([{ slug: RB, workedShare: 0.5, medianResolveSeconds: 7200 }]);
    expect(dashboard.gaps.map((g) => [g.kind, g.label, g.count])).toEqual([
      ["alert", "FixtureDiskFull", 2],
      ["title", "disk full on node-7", 2],
    ]);
  });

  it("every figure's link opens the incident list filtered to exactly the incidents it counts", async () => {
    const dashboard = await getDashboard(viewerContext(), 30, now);
    const figures: { path: string; count: number; link: ListLink }[] = [];
    const walk = (value: unknown, path: string) => {
      if (!value || typeof value !== "object") return;
      const record = value as Record<string, unknown>;
      if (typeof record.count === "number" && record.link && typeof record.link === "object") figures.push({ path, count: record.count, link: record.link as ListLink });
      for (const [key, child] of Object.entries(record)) walk(child, `${path}.${key}`);
    };
    walk(dashboard, "dashboard");
    // 2 range totals, 1 + 8 open, 5 weeks × (1 + 4 severities), 3 × 2 response times, 1 alert, 1 runbook, 5 effectiveness, 2 gaps, 4 services.
    expect(figures).toHaveLength(55);
    for (const figure of figures) {
      const search = listStateToSearch({ ...DEFAULT_LIST_STATE, ...figure.link, limit: 100 });
      const response = await listIncidentsRoute(new Request(`http://localhost/api/incidents?${search}`));
      expect(response.status, `${figure.path}: ${search}`).toBe(200);
      const body = (await response.json()) as IncidentListDto;
      expect(body.items.length, `${figure.path}: ${search}`).toBe(figure.count);
    }
  });

  // Last: it adds incidents to the fixtures.
  it("an alert a runbook lists is not a gap, even with unlinked incidents (\"write a runbook\" would start a second one)", async () => {
    // The webhook links pod-crashloopbackoff (it lists KubePodCrashLooping); someone unlinked it from both.
    for (const [fingerprint, startsAt] of [["k1", "2026-01-04T06:00:00Z"], ["k2", "2026-01-05T06:00:00Z"]]) {
      const id = await fireAlert({ alertname: "KubePodCrashLooping", fingerprint, service: "checkout", startsAt });
      await updateIncident(anonymousEditor(), id, { runbooks: [] });
    }
    expect((await countIncidentsByAlert({ range, unlinkedOnly: true, minCount: 2 })).map((g) => g.alertname)).toEqual(["KubePodCrashLooping", "FixtureDiskFull"]);
    expect((await countIncidentsByAlert({ range, unlinkedOnly: true, minCount: 2, exceptAlertnames: ["KubePodCrashLooping"] })).map((g) => g.alertname)).toEqual(["FixtureDiskFull"]);
    const dashboard = await getDashboard(viewerContext(), 30, now);
    expect(dashboard.gaps.map((g) => [g.kind, g.label, g.count])).toEqual([
      ["alert", "FixtureDiskFull", 2],
      ["title", "disk full on node-7", 2],
    ]);
  });
});
