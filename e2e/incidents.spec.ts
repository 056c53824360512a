import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { readCsvRecords } from "@/lib/incidents/incident-import-format";

/**
 * The incident workflow through the UI, against the production build and the
 * sample incidents: log (with client- and server-side field errors), edit (with a
 * version conflict), mitigate, resolve (the result is required), reopen, notes,
 * runbook feedback (optimistic, rolled back on failure), then the list's filters,
 * URL state, pagination and export.
 */

const ETCD_RUNBOOK = 'etcd logs "read-only range request ... took too long" because its disk is slow';
const POD_PENDING_RUNBOOK = "Pod stuck in Pending";

/** The UI writes through server actions: POSTs to the page carrying a Next-Action header. */
const isServerAction = (request: { method(): string; headers(): Record<string, string> }) =>
  request.method() === "POST" && "next-action" in request.headers();

async function expectToast(page: Page, text: string | RegExp) {
  await expect(page.getByRole("region", { name: /notifications/i }).getByText(text).first()).toBeVisible();
}

test.describe.serial("an incident from log to reopen", () => {
  const title = `Disk latency on etcd member (e2e ${Date.now()})`;
  let incidentPath = "";

  test("log an incident: field errors before submit, a server rejection at its field, then success", async ({ page }) => {
    await page.goto("/incidents/new?runbook=etcd-slow-disk-took-too-long");
    await expect(page.getByRole("heading", { level: 1, name: "Log an incident" })).toBeVisible();
    // Pre-linked from the runbook page's link.
    await expect(page.getByRole("button", { name: `Remove runbook ${ETCD_RUNBOOK}` })).toBeVisible();
    // Started at defaults to now (filled in the browser, in its time zone).
    await expect(page.getByRole("textbox", { name: "Started at", exact: true })).toHaveValue(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

    // Leaving a required field empty shows its error at once (mode onTouched).
    const titleInput = page.getByRole("textbox", { name: "Title", exact: true });
    await titleInput.focus();
    await page.keyboard.press("Tab");
    await expect(page.getByText("Title is required")).toBeVisible();
    await expect(titleInput).toHaveAttribute("aria-invalid", "true");

    // Submitting shows every error and focuses the first invalid field.
    await page.getByRole("button", { name: "Log incident" }).click();
    await expect(page.getByText("Service is required")).toBeVisible();
    await expect(page.getByText("Reporter is required")).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Severity", exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(titleInput).toBeFocused();

    await titleInput.fill(title);
    await page.getByRole("combobox", { name: "Severity", exact: true }).selectOption("SEV2");
    await page.getByRole("textbox", { name: "Service", exact: true }).fill("etcd");
    await page.getByRole("textbox", { name: "Environment / cluster" }).fill("prod-e2e");
    await page.getByLabel("Host", { exact: true }).fill("etcd-2");
    await page.getByRole("textbox", { name: "Reporter", exact: true }).fill("e2e-oncall");
    await page.getByLabel("Phenomenon", { exact: true }).fill("apiserver **slow**: `took too long`\n\n<script>window.__xss = 1</script>");
    await expect(page.getByText("Title is required")).toBeHidden();

    // Markdown preview renders Markdown but never raw HTML.
    await page.getByRole("tab", { name: "Preview" }).first().click();
    const preview = page.getByRole("tabpanel");
    await expect(preview.locator("strong", { hasText: "slow" })).toBeVisible();
    await expect(preview.locator("script")).toHaveCount(0);
    await page.getByRole("tab", { name: "Write" }).first().click();

    // The runbook picker: type to filter, arrows and Enter to pick.
    const picker = page.getByRole("combobox", { name: "Linked runbooks" });
    await picker.fill("pod-pending");
    await expect(page.getByRole("option", { name: new RegExp(POD_PENDING_RUNBOOK) })).toBeVisible();
    await picker.press("Enter");
    await expect(page.getByRole("button", { name: `Remove runbook ${POD_PENDING_RUNBOOK}` })).toBeVisible();
    await picker.press("Escape");

    // The server refuses (as when a runbook was removed while the form was open): the real
    // server's message lands at the field and the typed input is kept. The request is rewritten
    // to name a runbook that does not exist, which only the server can know.
    const newIncidentPage = (url: URL) => url.pathname === "/incidents/new";
    await page.route(newIncidentPage, async (route) => {
      if (!isServerAction(route.request())) return route.fallback();
      const args = JSON.parse(route.request().postData() ?? "[]") as [{ runbooks: string[] }];
      args[0].runbooks = [...args[0].runbooks, "runbook-removed-meanwhile"];
      await route.continue({ postData: JSON.stringify(args) });
    });
    await page.getByRole("button", { name: "Log incident" }).click();
    await expect(page.getByText('No runbook "runbook-removed-meanwhile": it may have been renamed or removed')).toBeVisible();
    await expect(picker).toHaveAttribute("aria-invalid", "true");
    await expect(titleInput).toHaveValue(title);
    await page.unroute(newIncidentPage);

    await page.getByRole("button", { name: "Log incident" }).click();
    await expectToast(page, /Incident #\d+ logged/);
    await expect(page).toHaveURL(/\/incidents\/\d+$/);
    incidentPath = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const phenomenon = page.getByRole("region", { name: "Phenomenon" });
    await expect(phenomenon.locator("strong", { hasText: "slow" })).toBeVisible();
    await expect(phenomenon.locator("script")).toHaveCount(0);
    await expect(page.getByRole("link", { name: POD_PENDING_RUNBOOK })).toBeVisible();

    // The reporter is remembered for the next incident.
    await page.goto("/incidents/new");
    await expect(page.getByRole("textbox", { name: "Reporter", exact: true })).toHaveValue("e2e-oncall");
  });

  test("edit it; a version conflict offers a reload", async ({ page }) => {
    await page.goto(incidentPath);
    await page.getByRole("link", { name: "Edit" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Edit incident #\d+/ })).toBeVisible();
    const titleInput = page.getByRole("textbox", { name: "Title", exact: true });
    await expect(titleInput).toHaveValue(title);

    // Someone else changes the incident (through the API) while the form is open: a real conflict.
    const id = incidentPath.split("/").pop();
    const concurrent = await page.request.patch(`/api/incidents/${id}`, { data: { service: "etcd-cluster", author: "someone-else" } });
    expect(concurrent.status()).toBe(200);
    await titleInput.fill(`${title} (edited)`);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "This incident changed since you opened it" })).toBeVisible();
    // The way on is Reload, and the keyboard is taken there.
    const reload = page.getByRole("button", { name: "Reload" });
    await expect(reload).toBeFocused();
    await page.keyboard.press("Enter");
    // Their change is loaded, and what was typed here is not thrown away.
    await expect(page.getByRole("textbox", { name: "Service", exact: true })).toHaveValue("etcd-cluster");
    await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(`${title} (edited)`);
    await expect(page.getByRole("alert").filter({ hasText: "Reloaded: this is the version saved by someone else" })).toContainText("Your changes are kept on top of it (Title)");

    await page.getByRole("button", { name: "Save changes" }).click();
    await expectToast(page, "Incident saved");
    await expect(page).toHaveURL(new RegExp(`${incidentPath}$`));
    await expect(page.getByRole("heading", { level: 1, name: `${title} (edited)` })).toBeVisible();
    // Two edits on the timeline: the concurrent one through the API, then ours.
    await expect(page.getByRole("region", { name: "Timeline" }).getByText("Edited", { exact: true })).toHaveCount(2);
  });

  test("mitigate, try to resolve without a result, resolve with one, reopen", async ({ page }) => {
    await page.goto(incidentPath);
    const status = page.getByRole("region", { name: "Status" });
    await status.getByRole("button", { name: "Mark mitigated" }).click();
    await expectToast(page, "Marked mitigated");
    await expect(page.getByRole("article").getByText("mitigated", { exact: true }).first()).toBeVisible();

    await status.getByRole("button", { name: "Mark resolved" }).click();
    await status.getByRole("button", { name: "Resolve with this result" }).click();
    await expect(status.getByText(/Result is required to resolve/)).toBeVisible();
    const result = status.getByRole("textbox", { name: "Result", exact: true });
    await expect(result).toBeFocused();
    await expect(result).toHaveAttribute("aria-invalid", "true");

    await result.fill("Moved the etcd data dir to NVMe; fsync p99 back under 10 ms.");
    await status.getByRole("button", { name: "Resolve with this result" }).click();
    await expectToast(page, "Marked resolved");
    await expect(page.getByRole("region", { name: "Result" }).getByText("Moved the etcd data dir to NVMe")).toBeVisible();
    await expect(status.getByRole("button", { name: "Reopen" })).toBeVisible();

    await status.getByRole("button", { name: "Reopen" }).click();
    await expectToast(page, "Incident reopened");
    await expect(status.getByRole("button", { name: "Mark resolved" })).toBeVisible();
    // The result is kept, so resolving again is one click.
    await expect(status.getByRole("button", { name: "Mark mitigated" })).toBeVisible();

    await page.reload();
    await expect(page.getByRole("region", { name: "Timeline" }).getByText("Status changed", { exact: true })).toHaveCount(3);
  });

  test("notes and runbook feedback, rolled back when the server fails", async ({ page }) => {
    await page.goto(incidentPath);
    await page.getByLabel("Note", { exact: true }).fill("Watching the fsync graphs for an hour.");
    // A fresh browser remembers no name: the note's author is required.
    await page.getByRole("button", { name: "Add note" }).click();
    // The message names the field as its label does.
    const authorField = page.getByRole("textbox", { name: "Author", exact: true });
    await expect(authorField).toHaveAttribute("aria-invalid", "true");
    await expect(authorField).toHaveAccessibleDescription(/Author is required/);
    await authorField.fill("e2e-oncall");
    await page.getByRole("button", { name: "Add note" }).click();
    await expectToast(page, "Note added");
    await expect(page.getByRole("region", { name: "Timeline" }).getByText("Watching the fsync graphs for an hour.")).toBeVisible();
    await expect(page.getByLabel("Note", { exact: true })).toHaveValue("");

    const runbooks = page.getByRole("region", { name: "Runbooks" });
    const feedback = runbooks.getByRole("group", { name: `Did the fix in ${ETCD_RUNBOOK} work?` });
    await feedback.getByText("Worked", { exact: true }).click();
    await expectToast(page, /Feedback saved/);
    await expect(feedback.getByRole("button", { name: "Worked", exact: true })).toHaveAttribute("aria-pressed", "true");

    // The write fails (the connection drops): the optimistic change is rolled back with a message.
    await page.route(incidentPath, (route) => (isServerAction(route.request()) ? route.abort("connectionreset") : route.fallback()));
    await feedback.getByText("Didn't work", { exact: true }).click();
    await expectToast(page, /Could not reach Triage/);
    await expect(feedback.getByRole("button", { name: "Worked", exact: true })).toHaveAttribute("aria-pressed", "true");
    await page.unroute(incidentPath);

    await runbooks.getByRole("button", { name: `Unlink ${POD_PENDING_RUNBOOK}` }).click();
    await expectToast(page, `Unlinked ${POD_PENDING_RUNBOOK}`);
    await expect(runbooks.getByRole("link", { name: POD_PENDING_RUNBOOK })).toBeHidden();
  });
});

test.describe("a page left open while a teammate changes the incident", () => {
  const TOP_RUNBOOK = "etcd-slow-disk-took-too-long";
  const OTHER_RUNBOOK = "pod-pending";

  async function logIncident(request: APIRequestContext) {
    const response = await request.post("/api/incidents", {
      data: { title: `Stale tab check (e2e ${Date.now()})`, severity: "SEV4", service: "stale-tab-e2e", environment: "staging", reporter: "e2e-oncall", startedAt: new Date().toISOString(), runbooks: [TOP_RUNBOOK] },
    });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as { id: number };
  }

  const stored = async (request: APIRequestContext, id: number) => (await (await request.get(`/api/incidents/${id}`)).json()) as { status: string; resolvedAt: string | null; runbooks: string[] };

  test("a status button on the stale page does not undo the teammate's resolve", async ({ page, request }) => {
    const { id } = await logIncident(request);
    await page.goto(`/incidents/${id}`);
    const status = page.getByRole("region", { name: "Status" });
    await expect(status.getByRole("button", { name: "Mark mitigated" })).toBeVisible();

    const teammate = await request.patch(`/api/incidents/${id}`, { data: { status: "resolved", result: "Restarted the member; latency normal.", author: "teammate" } });
    expect(teammate.status()).toBe(200);

    await status.getByRole("button", { name: "Mark mitigated" }).click();
    await expectToast(page, /Someone else changed this incident/);
    const after = await stored(request, id);
    expect(after.status).toBe("resolved");
    expect(after.resolvedAt).not.toBeNull();
    // The page has caught up with what is stored.
    await expect(status.getByRole("button", { name: "Reopen" })).toBeVisible();
  });

  test("unlinking on the stale page does not drop the link the teammate added", async ({ page, request }) => {
    const { id } = await logIncident(request);
    await page.goto(`/incidents/${id}`);
    const runbooks = page.getByRole("region", { name: "Runbooks" });
    await expect(runbooks.getByRole("button", { name: `Unlink ${ETCD_RUNBOOK}` })).toBeVisible();

    const teammate = await request.patch(`/api/incidents/${id}`, { data: { runbooks: [TOP_RUNBOOK, OTHER_RUNBOOK], author: "teammate" } });
    expect(teammate.status()).toBe(200);

    await runbooks.getByRole("button", { name: `Unlink ${ETCD_RUNBOOK}` }).click();
    await expectToast(page, /Someone else changed this incident/);
    expect((await stored(request, id)).runbooks.sort()).toEqual([TOP_RUNBOOK, OTHER_RUNBOOK].sort());
    await expect(runbooks.getByRole("link", { name: POD_PENDING_RUNBOOK })).toBeVisible();
  });

  test("feedback by keyboard: arrow keys save nothing, Enter saves the choice once and keeps the focus", async ({ page, request }) => {
    const { id } = await logIncident(request);
    const actions: string[] = [];
    page.on("request", (r) => (isServerAction(r) ? actions.push(r.url()) : undefined));
    await page.goto(`/incidents/${id}`);
    const feedback = page.getByRole("region", { name: "Runbooks" }).getByRole("group", { name: `Did the fix in ${ETCD_RUNBOOK} work?` });
    const unknown = feedback.getByRole("button", { name: "Unknown", exact: true });
    await expect(unknown).toHaveAttribute("aria-pressed", "true");
    await unknown.focus();
    // Radios, what these were, saved "Didn't work" and then "Worked" here.
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    const worked = feedback.getByRole("button", { name: "Worked", exact: true });
    await expect(worked).toBeFocused();
    await page.keyboard.press("Enter");
    await expectToast(page, /Feedback saved/);
    await expect(worked).toHaveAttribute("aria-pressed", "true");
    await expect(worked).toBeFocused();
    expect(actions).toHaveLength(1);
    await expect(page.getByRole("region", { name: "Timeline" }).getByText("Runbook feedback", { exact: true })).toHaveCount(1);
  });

  test("one's own quick successive changes are not conflicts", async ({ page, request }) => {
    const { id } = await logIncident(request);
    await page.goto(`/incidents/${id}`);
    const feedback = page.getByRole("region", { name: "Runbooks" }).getByRole("group", { name: `Did the fix in ${ETCD_RUNBOOK} work?` });
    await expect(feedback.getByRole("button", { name: "Unknown", exact: true })).toHaveAttribute("aria-pressed", "true");

    // Slow answers, so each click is made while the one before is still in flight.
    await page.route(`/incidents/${id}`, async (route) => {
      if (isServerAction(route.request())) await new Promise((resolve) => setTimeout(resolve, 400));
      await route.fallback();
    });
    await feedback.getByText("Worked", { exact: true }).click();
    await feedback.getByText("Unknown", { exact: true }).click();
    await feedback.getByText("Didn't work", { exact: true }).click();
    // The last click wins: changes to one incident are sent one after another.
    await expect
      .poll(async () => ((await (await request.get(`/api/incidents/${id}`)).json()) as { runbookLinks: { fixWorked: boolean | null }[] }).runbookLinks[0]?.fixWorked)
      .toBe(false);
    await expect(page.getByRole("region", { name: /notifications/i }).getByText(/Someone else changed|undone/)).toHaveCount(0);
    const timeline = page.getByRole("region", { name: "Timeline" });
    await expect(timeline.getByText("Runbook feedback", { exact: true })).toHaveCount(3);
    await expect(feedback.getByRole("button", { name: "Didn't work", exact: true })).toHaveAttribute("aria-pressed", "true");
  });
});

test("an unknown incident is a 404", async ({ page }) => {
  const response = await page.goto("/incidents/99999999");
  expect(response?.status()).toBe(404);
});

test("a closed runbook picker carries no options: they are rendered when it opens and dropped when it closes", async ({ page, request }) => {
  // Closed, the picker used to hold 50 hidden options: about 250 elements, close to half of an incident page's DOM,
  // parsed, styled and hydrated on every load for nothing.
  const html = await (await request.get("/incidents/1")).text();
  expect(html).toContain('role="combobox"');
  expect(html.match(/role="option"/g)?.length ?? 0, "options in the server-rendered incident page").toBe(0);

  await page.goto("/incidents/1");
  const picker = page.getByRole("combobox", { name: "Link a runbook" });
  const options = page.locator('[role="option"]');
  await expect(picker).toBeEnabled();
  await expect(options).toHaveCount(0);
  await picker.click();
  await expect(page.getByRole("listbox", { name: "Runbooks" }).getByRole("option").first()).toBeVisible();
  expect(await options.count()).toBeGreaterThan(1);
  await picker.press("Escape");
  await expect(options).toHaveCount(0);
  // Arrow down opens it again, with the first option active, as before.
  await picker.press("ArrowDown");
  await expect(picker).toHaveAttribute("aria-activedescendant", /.+/);
  await expect(page.getByRole("listbox", { name: "Runbooks" }).getByRole("option").first()).toBeVisible();
});

test.describe("the incident list", () => {
  test("filters, sorting and pages live in the URL", async ({ page }) => {
    await page.goto("/incidents");
    const rows = page.getByRole("table").locator("tbody tr");
    await expect(page.getByRole("status").filter({ hasText: "25 incidents on page 1" })).toBeVisible();
    await expect(rows).toHaveCount(25);

    const pagination = page.getByRole("navigation", { name: "Pagination" });
    const firstTitle = await rows.first().getByRole("link").first().textContent();
    await pagination.getByRole("button", { name: /Next page/ }).click();
    await expect(page).toHaveURL(/cursor=/);
    await expect(pagination.getByText("Page 2")).toBeVisible();
    await expect(rows.first().getByRole("link").first()).not.toHaveText(firstTitle ?? "");
    await pagination.getByRole("button", { name: /Previous page/ }).click();
    await expect(page).not.toHaveURL(/cursor=/);
    await expect(rows.first().getByRole("link").first()).toHaveText(firstTitle ?? "");

    const table = page.getByRole("table");
    await page.getByRole("group", { name: "Severity" }).getByText("SEV1", { exact: true }).click();
    await expect(page).toHaveURL(/severity=SEV1/);
    await expect(table).toHaveAttribute("aria-busy", "false");
    await expect(rows.first()).toBeVisible();
    for (const badge of await rows.locator("td:first-child").allTextContents()) expect(badge).toBe("SEV1");

    await page.getByRole("searchbox", { name: "Search", exact: true }).fill("etcd");
    await expect(page).toHaveURL(/q=etcd/);
    await expect(table).toHaveAttribute("aria-busy", "false");
    await expect(rows.filter({ hasText: "etcd member 192.168.180.8" })).toHaveCount(1);
    const matching = await rows.count();

    await page.getByRole("button", { name: "Title", exact: true }).click();
    await expect(page).toHaveURL(/sort=title/);
    await expect(page.getByRole("columnheader", { name: /Title/ })).toHaveAttribute("aria-sort", "ascending");

    // The URL alone restores the view.
    await page.reload();
    await expect(page.getByRole("searchbox", { name: "Search", exact: true })).toHaveValue("etcd");
    await expect(page.getByRole("group", { name: "Severity" }).getByRole("checkbox", { name: "SEV1" })).toBeChecked();
    await expect(page.getByRole("columnheader", { name: /Title/ })).toHaveAttribute("aria-sort", "ascending");
    await expect(rows).toHaveCount(matching);

    await page.goto("/incidents?status=resolved&runbook=etcd-slow-disk-took-too-long");
    await expect(page.getByRole("group", { name: "Status" }).getByRole("checkbox", { name: "Resolved" })).toBeChecked();
    await expect(page.getByLabel("Runbook", { exact: true })).toHaveValue("etcd-slow-disk-took-too-long");
    await expect(table).toHaveAttribute("aria-busy", "false");
    await expect(rows.first()).toBeVisible();
    for (const status of await rows.locator("td:nth-child(2)").allTextContents()) expect(status).toBe("resolved");
  });

  test("the rows come with the HTML, as filtered as the URL says, with no request to the list API", async ({ page, request }) => {
    const html = await (await request.get("/incidents?severity=SEV1")).text();
    expect(/\d+ incidents? on page 1 \(filtered\)/.test(html), "the filtered rows' count is in the server's HTML").toBe(true);
    expect(html.includes("Loading incidents"), "the server's HTML has the loading skeleton").toBe(false);

    const listRequests: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname === "/api/incidents") listRequests.push(r.url());
    });
    await page.goto("/incidents");
    const rows = page.getByRole("table").locator("tbody tr");
    await expect(rows).toHaveCount(25);
    const firstTitle = await rows.first().getByRole("link").first().textContent();
    // A page change is a navigation too: the server renders the next page with its rows.
    await page.getByRole("navigation", { name: "Pagination" }).getByRole("button", { name: /Next page/ }).click();
    await expect(page.getByRole("navigation", { name: "Pagination" }).getByText("Page 2")).toBeVisible();
    await expect(rows.first().getByRole("link").first()).not.toHaveText(firstTitle ?? "");
    await page.waitForLoadState("networkidle");
    expect(listRequests).toEqual([]);

    // While a filter's navigation is on its way, the previous rows stay and the table says it is updating.
    await page.route(/\/incidents\?/, async (route) => {
      if (route.request().headers()["rsc"] === "1") await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const table = page.getByRole("table");
    await page.getByRole("group", { name: "Severity" }).getByText("SEV1", { exact: true }).click();
    await expect(table).toHaveAttribute("aria-busy", "true");
    await expect(rows.first()).toBeVisible();
    await expect(table).toHaveAttribute("aria-busy", "false");
    for (const badge of await rows.locator("td:first-child").allTextContents()) expect(badge).toBe("SEV1");
  });

  test("a tampered cursor in the URL shows the API's message, not an error page", async ({ page }) => {
    const response = await page.goto("/incidents?cursor=bm90LWpzb24");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("Could not load incidents")).toBeVisible();
    await expect(page.getByText(/This cursor is not valid for this list/)).toBeVisible();
    // Nothing is still loading: no empty table, no "Loading incidents…" left behind.
    await expect(page.getByRole("status").filter({ hasText: "No incidents shown" })).toBeVisible();
    await expect(page.getByText("Loading incidents…")).toHaveCount(0);
    await expect(page.getByRole("table")).toHaveCount(0);
  });

  test("an end before the start says so, and nothing waits for a list that will not come", async ({ page }) => {
    await page.goto("/incidents?from=2026-03-01&to=2026-02-01");
    await expect(page.getByText("Could not load incidents")).toBeVisible();
    await expect(page.getByText(/to must not be before from/)).toBeVisible();
    await expect(page.getByText("Loading incidents…")).toHaveCount(0);
  });

  test("an empty result offers to log an incident", async ({ page }) => {
    await page.goto("/incidents?q=no-such-incident-anywhere");
    await expect(page.getByText("No incident matches these filters.")).toBeVisible();
    await page.getByRole("main").getByRole("link", { name: "Log an incident" }).last().click();
    await expect(page).toHaveURL(/\/incidents\/new$/);
  });

  test("Export CSV downloads the filtered list", async ({ page }) => {
    await page.goto("/incidents?severity=SEV1");
    const link = page.getByRole("link", { name: "Export CSV" });
    await expect(link).toHaveAttribute("href", /\/api\/incidents\/export\?format=csv&severity=SEV1/);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^incidents-.*\.csv$/);
    const path = await download.path();
    const { readFile } = await import("node:fs/promises");
    // Records, not lines: the Markdown sections are exported too, and their line breaks sit inside quoted cells.
    const [header, ...records] = readCsvRecords((await readFile(path, "utf8")).replace(/^\uFEFF/, "")).map((r) => r.cells);
    expect(header.slice(0, 4)).toEqual(["id", "title", "severity", "status"]);
    expect(records.length).toBeGreaterThan(1);
    for (const record of records) expect(record[2]).toBe("SEV1");
    await expect(page.getByRole("link", { name: "Export JSON" })).toHaveAttribute("href", /format=json&severity=SEV1/);
  });
});

test.describe("the form before its script runs", () => {
  test.use({ javaScriptEnabled: false });

  test("comes with the HTML, disabled, so nothing can be typed into it or submitted natively", async ({ page }) => {
    await page.goto("/incidents/new?runbook=etcd-slow-disk-took-too-long");
    await expect(page.getByRole("textbox", { name: "Title", exact: true })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Title", exact: true })).toBeDisabled();
    await expect(page.getByRole("button", { name: "Log incident" })).toBeDisabled();
    // The pre-linked runbook is rendered by the server too; the clock's "now" waits for the browser.
    await expect(page.getByRole("button", { name: `Remove runbook ${ETCD_RUNBOOK}` })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Started at", exact: true })).toHaveValue("");
  });
});

test.describe("the form in another time zone", () => {
  test.use({ timezoneId: "Asia/Shanghai" });

  test("says which zone its times are in, once the page is idle", async ({ page }) => {
    await page.goto("/incidents/new");
    await expect(page.getByText("Your local time (Asia/Shanghai); stored in UTC.")).toBeVisible();
  });
});

test.describe("an incident read in another time zone", () => {
  test.use({ timezoneId: "Asia/Shanghai" });

  test("the details, the timeline and the list show the viewer's zone by name, UTC on hover", async ({ page, request }) => {
    const title = `Time zone check (e2e ${Date.now()})`;
    const response = await request.post("/api/incidents", {
      data: { title, severity: "SEV4", service: "time-zone-e2e", environment: "staging", reporter: "e2e-oncall", startedAt: "2026-11-30T16:05:00Z" },
    });
    expect(response.status(), await response.text()).toBe(201);
    const { id } = (await response.json()) as { id: number };

    await page.goto(`/incidents/${id}`);
    // 16:05 UTC is five past midnight the next day in Shanghai.
    const started = page.getByRole("region", { name: "Details" }).locator("time").first();
    await expect(started).toHaveText("2026-12-01 00:05 GMT+8");
    await expect(started).toHaveAttribute("title", "2026-11-30 16:05 UTC");
    const logged = page.getByRole("region", { name: "Timeline" }).locator("time").first();
    await expect(logged).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} GMT\+8$/);
    await expect(logged).toHaveAttribute("title", /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);

    await page.goto("/incidents?service=time-zone-e2e");
    const row = page.getByRole("row").filter({ hasText: title });
    await expect(row.locator("time")).toHaveText("2026-12-01 00:05 GMT+8");
    await expect(row.locator("time")).toHaveAttribute("title", "2026-11-30 16:05 UTC");
  });
});
