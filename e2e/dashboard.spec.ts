import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { formatSeconds } from "../components/dashboard/lib/figure-text";
import type { IncidentDto } from "../lib/incidents/incident-dto";

/**
 * The dashboard against a known seed: the sample incidents plus a few logged
 * here through the API and the Alertmanager webhook (a runbook linked three
 * times with each kind of feedback, an alert and a title that recur without a
 * runbook). Expected figures are worked out in this file from the exported
 * incidents, independently of lib/metrics; then each widget's link must open
 * the incident list showing as many incidents as the widget counts.
 */

const DAY = 86_400_000;
const RUNBOOK = "cfs-cpu-throttling";
const RUNBOOK_TITLE = /CFS/;
const stamp = Date.now();
/**
 * This attempt's tag. Playwright retries a serial group from its beforeAll, in a new worker: the
 * names of what an attempt seeds must not add up with the previous attempt's (the gaps count them).
 */
const RUN = stamp.toString(36);
const ALERT = `E2EDashboardDiskFull${RUN}`;
const TITLE_GAP = `E2E search ${RUN} disk full on node-`;
const ago = (days: number, hours = 0) => new Date(stamp - days * DAY - hours * 3600_000).toISOString();
const later = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

async function logIncident(request: APIRequestContext, body: Record<string, unknown>): Promise<IncidentDto> {
  const response = await request.post("/api/incidents", { data: { severity: "SEV3", environment: "prod-e2e", reporter: "e2e-dashboard", ...body } });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

async function seed(request: APIRequestContext) {
  for (const [k, fixWorked] of [true, false, null].entries()) {
    const startedAt = ago(2 + k, 3);
    const incident = await logIncident(request, {
      title: `API gateway throttled at its CPU limit (e2e ${k})`,
      service: "e2e-gateway",
      startedAt,
      detectedAt: later(startedAt, 4 + k),
      status: "resolved",
      resolvedAt: later(startedAt, 60 * (k + 1)),
      result: "Raised the CPU limit",
      runbooks: [RUNBOOK],
    });
    if (fixWorked !== null) expect((await request.patch(`/api/incidents/${incident.id}`, { data: { runbookFeedback: [{ slug: RUNBOOK, fixWorked }] } })).status()).toBe(200);
  }
  for (const [k, node] of ["3", "4"].entries()) await logIncident(request, { title: `${TITLE_GAP}${node}`, service: `e2e-search-${RUN}`, startedAt: ago(1 + k) });
  for (const k of [0, 1]) {
    const response = await request.post("/api/alerts/alertmanager", {
      data: {
        version: "4",
        status: "firing",
        alerts: [{ status: "firing", labels: { alertname: ALERT, service: "e2e-storage", severity: "critical" }, annotations: { summary: "Disk almost full" }, startsAt: ago(3 + k), fingerprint: `e2e-${stamp}-${k}` }],
      },
    });
    expect(response.status()).toBe(200);
  }
}

/** The 30 UTC days ending today, as the dashboard and the list's date filters count them. */
function range30(): { from: number; to: number } {
  const today = Math.floor(Date.now() / DAY) * DAY;
  return { from: today - 29 * DAY, to: today + DAY - 1 };
}

/** Linear interpolation between closest ranks (what the dashboard states it uses). */
function percentile(values: number[], fraction: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const low = Math.floor(position);
  return low + 1 < sorted.length ? sorted[low] + (sorted[low + 1] - sorted[low]) * (position - low) : sorted[low];
}

async function exportedIncidents(request: APIRequestContext): Promise<IncidentDto[]> {
  const response = await request.get("/api/incidents/export?format=json");
  return (await response.json()).items;
}

const effectivenessRow = (page: Page) => page.getByTestId("effectiveness").getByRole("row", { name: RUNBOOK_TITLE });

/** Follows a figure's link and reads the list's own count (across pages, 25 at a time). */
async function listCountAfterClick(page: Page, link: ReturnType<Page["getByRole"]>): Promise<number> {
  await link.click();
  await expect(page).toHaveURL(/\/incidents(\?|$)/);
  const status = page.getByRole("status").filter({ hasText: /incidents? on page/ });
  let total = 0;
  for (let pageNo = 1; ; pageNo++) {
    await expect(status).toContainText(`on page ${pageNo}`);
    // While the next page loads, the previous one stays on screen (marked busy): wait for the real one.
    await expect(page.getByRole("table")).toHaveAttribute("aria-busy", "false");
    total += Number((await status.textContent())?.match(/^(\d+)/)?.[1]);
    const next = page.getByRole("navigation", { name: "Pagination" }).getByRole("button", { name: /Next page/ });
    if (!(await next.isVisible()) || !(await next.isEnabled())) return total;
    await next.click();
  }
}

test.describe.serial("dashboard", () => {
  // Each test loads the dashboard and follows links through the list's pages: more than 30 s on a busy machine.
  test.describe.configure({ timeout: 90_000 });
  let incidents: IncidentDto[] = [];

  test.beforeAll(async ({ request }) => {
    await seed(request);
    incidents = await exportedIncidents(request);
  });

  test("shows the figures of the seed, computed independently here", async ({ page }) => {
    const { from, to } = range30();
    const inRange = incidents.filter((i) => Date.parse(i.startedAt) >= from && Date.parse(i.startedAt) <= to);
    await page.goto("/?range=30");
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Time range" }).getByRole("link", { name: "30 days" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByTestId("range-summary").getByRole("link").first()).toHaveText(String(inRange.length));

    // Now: every status × severity cell.
    const now = page.getByTestId("now");
    for (const status of ["open", "mitigated"] as const) {
      for (const severity of ["SEV1", "SEV2", "SEV3", "SEV4"]) {
        const count = incidents.filter((i) => i.status === status && i.severity === severity).length;
        if (count) await expect(now.getByRole("link", { name: `${count} ${status} ${severity} incidents`, exact: true })).toBeVisible();
      }
    }
    const unresolved = incidents.filter((i) => i.status !== "resolved").sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id - b.id);
    await expect(now.getByRole("link", { name: unresolved[0].title })).toHaveAttribute("href", `/incidents/${unresolved[0].id}`);

    // Response times: medians and p90s of the range.
    const times = page.getByTestId("response-times");
    for (const [key, field] of [["detect", "detectedAt"], ["mitigate", "mitigatedAt"], ["resolve", "resolvedAt"]] as const) {
      const seconds = inRange.flatMap((i) => (i[field] ? [Math.round((Date.parse(i[field]!) - Date.parse(i.startedAt)) / 1000)] : []));
      const p50 = percentile(seconds, 0.5);
      const p90 = percentile(seconds, 0.9);
      await expect(times.getByTestId(`response-${key}`).getByTestId("p50")).toHaveText(formatSeconds(p50 === null ? null : Math.round(p50)));
      await expect(times.getByTestId(`response-${key}`).getByTestId("p90")).toHaveText(formatSeconds(p90 === null ? null : Math.round(p90)));
    }

    // Runbook effectiveness of the runbook linked three times here.
    const linked = inRange.filter((i) => i.runbooks.includes(RUNBOOK));
    const feedback = linked.map((i) => i.runbookLinks.find((l) => l.slug === RUNBOOK)?.fixWorked);
    const worked = feedback.filter((f) => f === true).length;
    const didNot = feedback.filter((f) => f === false).length;
    const row = effectivenessRow(page);
    await expect(row.getByRole("cell").nth(0)).toHaveText(String(linked.length));
    await expect(row.getByRole("cell").nth(1)).toHaveText(`${Math.round((worked / (worked + didNot)) * 100)} %`);
    await expect(row.getByRole("cell").nth(4)).toHaveText(String(feedback.filter((f) => f === null || f === undefined).length));

    // Runbook gaps: the alert and the similar titles without a runbook.
    const gaps = page.getByTestId("gaps");
    await expect(gaps.getByRole("link", { name: `2 incidents without a runbook: ${ALERT}` })).toBeVisible();
    await expect(gaps.getByRole("link", { name: new RegExp(`^2 incidents without a runbook: ${TITLE_GAP}`) })).toBeVisible();

    // Services: the busiest one.
    const byService = new Map<string, number>();
    for (const i of inRange) byService.set(i.service, (byService.get(i.service) ?? 0) + 1);
    const most = Math.max(...byService.values());
    await expect(page.getByTestId("services").getByRole("link").first()).toHaveText(String(most));
  });

  const figures: [string, (p: Page) => ReturnType<Page["getByRole"]>][] = [
    ["the range total", (p) => p.getByTestId("range-summary").getByRole("link").first()],
    ["a status × severity cell", (p) => p.getByTestId("now").getByRole("link", { name: /^\d+ (open|mitigated) SEV\d incidents$/ }).first()],
    ["the unresolved total", (p) => p.getByTestId("now").getByRole("link", { name: /unresolved incidents, oldest first/ })],
    ["time to detect", (p) => p.getByTestId("response-detect").getByRole("link", { name: /with time to detect in this range/ })],
    ["time to resolve, previous range", (p) => p.getByTestId("response-resolve").getByRole("link", { name: /in the previous range/ })],
    ["a recurring alert", (p) => p.getByTestId("recurring").getByRole("link", { name: `2 incidents from alert ${ALERT}` })],
    // The row of the runbook seeded here: other specs' incidents (an Alertmanager retry, say) can bring another runbook to three links.
    ["a runbook that worked", (p) => effectivenessRow(p).getByRole("link", { name: /incidents where .* worked$/ })],
    ["a runbook without feedback", (p) => effectivenessRow(p).getByRole("link", { name: /without feedback$/ })],
    ["an alert gap", (p) => p.getByTestId("gaps").getByRole("link", { name: `2 incidents without a runbook: ${ALERT}` })],
    ["a title gap", (p) => p.getByTestId("gaps").getByRole("link", { name: new RegExp(`^2 incidents without a runbook: ${TITLE_GAP}`) })],
    ["the busiest service", (p) => p.getByTestId("services").getByRole("link").first()],
  ];
  for (const [name, locate] of figures) {
    test(`${name} opens the incident list with exactly that many incidents`, async ({ page }) => {
      await page.goto("/?range=30");
      const link = locate(page);
      const expected = Number(await link.getAttribute("data-count"));
      expect(await listCountAfterClick(page, link)).toBe(expected);
    });
  }

  test("a week of the weekly table (the chart's accessible alternative) opens that week's incidents", async ({ page }) => {
    await page.goto("/?range=30");
    const weekly = page.getByTestId("weekly");
    await weekly.getByText("Data table").click();
    const weekTotal = weekly.getByRole("link", { name: /^\d+ incidents in \d{4}-W\d{2}$/ }).last();
    const expected = Number(await weekTotal.getAttribute("data-count"));
    expect(await listCountAfterClick(page, weekTotal)).toBe(expected);
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  });

  test("the range applies to every widget and lives in the URL", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("navigation", { name: "Time range" }).getByRole("link", { name: "90 days" })).toHaveAttribute("aria-current", "page");
    await page.getByRole("navigation", { name: "Time range" }).getByRole("link", { name: "7 days" }).click();
    await expect(page).toHaveURL(/\?range=7$/);
    await expect(page.getByTestId("range-summary")).toContainText("in the last 7 days");
    const weeks = await page.getByTestId("weekly").locator("tbody tr").count();
    expect(weeks).toBeLessThanOrEqual(2);
    await page.goto("/?range=14");
    await expect(page.getByRole("alert").filter({ hasText: "range must be one of 7, 30, 90, 365 (days); showing the last 90 days." })).toBeVisible();
  });

  test("times show in the viewer's time zone with UTC on hover", async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: "Asia/Shanghai", locale: "en-GB" });
    const page = await context.newPage();
    await page.goto("/?range=30");
    const time = page.getByTestId("now").locator("time").first();
    await expect(time).toHaveAttribute("title", /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);
    const utc = (await time.getAttribute("title"))!;
    // Shanghai is UTC+8 all year: the same instant, eight hours on, with the zone named.
    const shanghai = new Date(Date.parse(`${utc.replace(" UTC", "").replace(" ", "T")}:00Z`) + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ");
    await expect(time).toHaveText(`${shanghai} GMT+8`);
    await context.close();
  });

  test("a chart is drawn after the numbers, with its figures as a table too", async ({ page }) => {
    await page.goto("/?range=90");
    await expect(page.getByTestId("weekly").getByRole("img", { name: /Bar chart of incidents per ISO week/ })).toBeVisible();
    await expect(page.getByTestId("weekly").getByRole("table", { name: "Incidents per ISO week by severity", includeHidden: true })).toBeAttached();
  });

  test("write a runbook from a gap: a skeleton built from its incidents", async ({ page }) => {
    await page.goto("/?range=30");
    await page.getByTestId("gaps").getByRole("listitem").filter({ hasText: ALERT }).getByRole("link", { name: "Write a runbook" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Write a runbook" })).toBeVisible();
    const skeleton = page.locator("figure pre code");
    // The merged draft of "Draft a runbook" (build-runbook-draft.ts): a made-up alert is not listed, the callout says how to ship its rule.
    await expect(skeleton).toContainText(`${ALERT}\` is not an upstream alert`);
    await expect(skeleton).toContainText("## Phenomenon");
    await expect(page.getByRole("complementary", { name: "From these incidents" }).getByRole("link", { name: new RegExp(ALERT) })).toHaveCount(2);
    await expect(page.getByRole("heading", { name: "Writing a runbook" })).toBeVisible();
  });
});
