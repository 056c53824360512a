import { expect, test } from "@playwright/test";
import { RUNBOOK_PAGE_SIZE } from "../lib/runbooks/filter-runbooks";

test.describe("runbook list", () => {
  test("filters by tag and component, sorts, and keeps it all in the URL", async ({ page }) => {
    await page.goto("/runbooks");
    const list = page.getByTestId("runbook-list").locator(":scope > li");
    const total = Number((await page.getByText(/^\d+ runbooks/).textContent())!.match(/^(\d+)/)![1]);
    expect(total).toBeGreaterThanOrEqual(45);

    await page.getByLabel("Tag", { exact: true }).selectOption("etcd");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/[?&]tag=etcd/);
    const etcdCount = await list.count();
    expect(etcdCount).toBeGreaterThan(0);
    expect(etcdCount).toBeLessThan(total);
    await expect(list.first().getByRole("link", { name: "#etcd" })).toBeVisible();

    await page.getByLabel("Component", { exact: true }).selectOption("etcd");
    await page.getByLabel("Sort by", { exact: true }).selectOption("incidents");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/component=etcd/);
    await expect(page).toHaveURL(/sort=incidents/);

    // The URL alone reproduces the view.
    const url = page.url();
    await page.goto("about:blank");
    await page.goto(url);
    await expect(page.getByLabel("Tag", { exact: true })).toHaveValue("etcd");
    await expect(page.getByLabel("Sort by", { exact: true })).toHaveValue("incidents");
  });

  test("pages through the library with plain links that keep the filters", async ({ page }) => {
    await page.goto("/runbooks?sort=updated");
    const list = page.getByTestId("runbook-list").locator(":scope > li");
    await expect(list).toHaveCount(RUNBOOK_PAGE_SIZE);
    const total = Number((await page.getByText(/^\d+ runbooks/).textContent())!.match(/^(\d+)/)![1]);
    const pages = Math.ceil(total / RUNBOOK_PAGE_SIZE);
    const pager = page.getByRole("navigation", { name: "Pagination" });
    await expect(pager).toContainText(`Page 1 of ${pages}`);
    const firstOnPage1 = await list.first().getByRole("link").first().textContent();
    await pager.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/sort=updated&page=2/);
    await expect(pager).toContainText(`Page 2 of ${pages}`);
    await expect(list.first().getByRole("link").first()).not.toHaveText(firstOnPage1!);
    await page.goto(`/runbooks?sort=updated&page=${pages + 5}`);
    await expect(pager).toContainText(`Page ${pages} of ${pages}`);
    await expect(list).toHaveCount(total - (pages - 1) * RUNBOOK_PAGE_SIZE);
    await expect(pager.getByRole("link", { name: "Next page" })).toHaveCount(0);
  });

  test("a tag link on a runbook page opens the filtered list", async ({ page }) => {
    await page.goto("/runbooks/cfs-cpu-throttling");
    await page.getByRole("link", { name: "#kubernetes" }).first().click();
    await expect(page).toHaveURL(/\/runbooks\?tag=kubernetes/);
    await expect(page.getByLabel("Tag", { exact: true })).toHaveValue("kubernetes");
  });

  test("text search finds a runbook by a pasted error line", async ({ page }) => {
    await page.goto("/runbooks?q=" + encodeURIComponent("max key length is 767 bytes"));
    await expect(page.getByTestId("runbook-list").getByRole("link", { name: /MySQL/ })).toBeVisible();
  });
});

test.describe("runbook page", () => {
  test("renders the sections, components, table of contents and incident panel", async ({ page }) => {
    await page.goto("/runbooks/cfs-cpu-throttling");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/CPU throttling/);
    for (const section of ["Phenomenon", "Cause", "Fix", "Result"]) {
      await expect(page.getByRole("heading", { level: 2, name: section, exact: true })).toBeVisible();
    }
    const toc = page.getByRole("navigation", { name: "On this page" });
    await toc.getByRole("link", { name: "Fix", exact: true }).click();
    await expect(page).toHaveURL(/#fix$/);

    // Code block: language label, highlighted at build time, copy button.
    const codeBlock = page.locator("figure", { has: page.locator("pre code.language-yaml") }).first();
    await expect(codeBlock.getByText("yaml", { exact: true })).toBeVisible();
    await expect(codeBlock.locator(".hljs-attr").first()).toBeVisible();
    await expect(codeBlock.getByRole("button", { name: "Copy" })).toBeVisible();
    await expect(page.locator("[data-terminal]").first()).toContainText("40000 100000");
    await expect(page.getByRole("note").first()).toBeVisible();
    await expect(page.locator(".runbook-steps ol > li").first()).toBeVisible();

    // The embedded calculator, preset with the runbook's numbers.
    await expect(page.getByText("105 ms").first()).toBeVisible();

    // Incidents linked to it, from the database.
    await expect(page.getByTestId("incident-count")).toHaveText(/^[1-9]\d*$/);
    await expect(page.getByText(/Source: content\/runbooks\/kubernetes\/cfs-cpu-throttling\.mdx/)).toBeVisible();
  });

  test("offers to log an incident pre-linked to the runbook", async ({ page }) => {
    await page.goto("/runbooks/etcd-slow-disk-took-too-long");
    const link = page.getByRole("link", { name: "Log an incident with this runbook" });
    await expect(link).toHaveAttribute("href", "/incidents/new?runbook=etcd-slow-disk-took-too-long");
  });

  test("unknown slugs are 404", async ({ page }) => {
    const response = await page.goto("/runbooks/no-such-runbook");
    expect(response?.status()).toBe(404);
  });

  test("print drops the navigation", async ({ page }) => {
    await page.goto("/runbooks/oom-killer");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 2, name: "Fix", exact: true })).toBeVisible();
  });
});

test.describe("alert links", () => {
  test("an alert name claimed by a runbook redirects there with 308", async ({ page, request }) => {
    const response = await request.get("/runbooks/alerts/CPUThrottlingHigh", { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers()["location"]).toMatch(/\/runbooks\/cfs-cpu-throttling$/);
    await page.goto("/runbooks/alerts/KubePodCrashLooping");
    await expect(page).toHaveURL(/\/runbooks\/pod-crashloopbackoff$/);
  });

  test("an unknown alert gets a 404 that lists the closest runbooks and says how to add it", async ({ page }) => {
    const response = await page.goto("/runbooks/alerts/etcdHighNumberOfFailedProposals");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("etcdHighNumberOfFailedProposals");
    await expect(page.getByRole("list", { name: "Closest runbooks" }).getByRole("link").first()).toBeVisible();
    await expect(page.getByRole("list", { name: "Closest runbooks" })).toContainText(/etcd/);
    await expect(page.getByText("alerts: [etcdHighNumberOfFailedProposals]")).toBeVisible();
  });
});

test.describe("alert list", () => {
  test("lists every alert with its source and runbook, linked from the runbook list", async ({ page }) => {
    await page.goto("/runbooks");
    await page.getByRole("link", { name: "Alerts and their runbooks" }).click();
    await expect(page).toHaveURL(/\/runbooks\/alerts$/);
    await expect(page.getByRole("heading", { level: 1, name: "Alerts" })).toBeVisible();

    const table = page.getByRole("table", { name: "Alerts and their runbooks" });
    const upstream = table.locator("#alert-CPUThrottlingHigh");
    await expect(upstream).toContainText("kubernetes-mixin");
    await expect(upstream.getByRole("link", { name: /CPU throttling/ })).toHaveAttribute("href", "/runbooks/cfs-cpu-throttling");
    const shipped = table.locator("#alert-NodeRebooted");
    await expect(shipped).toContainText("Rule shipped in the runbook");
    await expect(shipped.getByRole("link")).toHaveAttribute("href", "/runbooks/watchdog-reboots");
    await expect(page.getByTestId("alert-count")).toHaveText(/^\d+ alerts: \d+ upstream, [1-9]\d* shipped by runbooks$/);

    // Upstream alerts that no runbook answers are listed apart, not as rows of the table.
    await expect(page.getByRole("list", { name: "Upstream alerts without a runbook" })).toContainText("Watchdog");
    await expect(table.locator("#alert-Watchdog")).toHaveCount(0);
  });

  test("a runbook's alert names link to the list, and its shipped rule is labelled", async ({ page, request }) => {
    await page.goto("/runbooks/watchdog-reboots");
    await expect(page.getByRole("link", { name: "NodeRebooted" })).toHaveAttribute("href", "/runbooks/alerts#alert-NodeRebooted");
    const rule = page.locator("figure", { has: page.locator("pre code.language-yaml") }).filter({ hasText: "alert: NodeRebooted" });
    await expect(rule.getByText("Prometheus rule", { exact: true })).toBeVisible();

    // A shipped alert's runbook_url target redirects like an upstream one.
    const response = await request.get("/runbooks/alerts/NodeRebooted", { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers()["location"]).toMatch(/\/runbooks\/watchdog-reboots$/);
  });
});
