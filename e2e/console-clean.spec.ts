import { expect, test, type Page } from "@playwright/test";

/**
 * The main pages load without a console error, an uncaught exception or a failed request:
 * each would be a broken feature or a missing file (the browser's /favicon.ico request
 * was a 404 on every first visit before app/icon.svg existed).
 */
function watch(page: Page): () => string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()} (${m.location().url})`);
  });
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  page.on("requestfailed", (r) => {
    // A navigation or prefetch the next page.goto cancels is not a problem.
    if (r.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`failed ${r.url()}: ${r.failure()?.errorText}`);
  });
  return () => problems;
}

test("the main pages load without console errors or failed requests", async ({ browser, request }) => {
  const list = (await (await request.get("/api/incidents?limit=1")).json()) as { items: { id: number }[] };
  const paths = ["/", "/runbooks", "/runbooks/cfs-cpu-throttling", "/incidents", `/incidents/${list.items[0]?.id}`, "/incidents/new", "/search?q=OOMKilled", "/calculators/tcp-queues", "/api"];
  for (const path of paths) {
    // A fresh context per page: the icon is requested on a first visit, before the cache has it.
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(path, { waitUntil: "networkidle" });
    expect(problems(), path).toEqual([]);
    await context.close();
  }
});

test("the icon is linked from every page and served as SVG", async ({ page, request }) => {
  await page.goto("/runbooks");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});
