import { expect, test } from "@playwright/test";
import { NAV_ITEMS } from "../components/shell/nav-items";

test.describe("app shell", () => {
  for (const item of NAV_ITEMS) {
    test(`navigation reaches ${item.label}`, async ({ page }) => {
      await page.goto("/");
      const nav = page.getByRole("navigation", { name: "Main" });
      await nav.getByRole("link", { name: item.label, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${item.href === "/" ? "/$" : item.href}`));
      await expect(page.getByRole("heading", { level: 1, name: item.heading, exact: true })).toBeVisible();
      await expect(nav.getByRole("link", { name: item.label, exact: true })).toHaveAttribute("aria-current", "page");
    });
  }

  test("links navigate without reloading the page, except those the router cannot render", async ({ page, isMobile }) => {
    await page.goto("/runbooks");
    // Hydrated (the palette button, hidden on phones, says so).
    await expect(page.locator("button[data-shortcuts='on']")).toHaveCount(1);
    // A full load would start a new window object: the mark would be gone.
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    await page.locator("main a[href^='/runbooks/']").filter({ hasNotText: /Alerts/ }).first().click();
    await expect(page).toHaveURL(/\/runbooks\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => "__sameDocument" in window)).toBe(true);
    // Back is a client navigation too.
    await page.goBack();
    await expect(page).toHaveURL(/\/runbooks$/);
    expect(await page.evaluate(() => "__sameDocument" in window)).toBe(true);
    // Ctrl+click is the browser's (a new tab), not the router's. Phones have no Ctrl.
    if (isMobile) return;
    const [popup] = await Promise.all([page.context().waitForEvent("page"), page.locator("main a[href^='/runbooks/']").nth(2).click({ modifiers: ["Control"] })]);
    await popup.close();
    await expect(page).toHaveURL(/\/runbooks$/);
  });

  test("the incident list fits the screen: on a phone each incident is a card, still sortable", async ({ page, isMobile }) => {
    await page.goto("/incidents");
    const table = page.getByRole("table", { name: "Incidents" });
    const firstTitle = table.locator("tbody a[href^='/incidents/']").first();
    await expect(firstTitle).toBeVisible();
    const width = page.viewportSize()!.width;
    // On a phone the 66rem table scrolled sideways: the wrapper was wider inside than out, titles past the edge.
    const overflow = await table.evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth);
    if (isMobile) {
      expect(overflow).toBe(0);
      const box = (await firstTitle.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      // The header row is not shown on a phone, so each value says what it is.
      const serviceLabel = await table.locator("tbody tr").first().locator("td").nth(3).evaluate((td) => getComputedStyle(td, "::before").content);
      expect(serviceLabel).toBe('"Service "');
    }
    // Sorting works at every width.
    await table.getByRole("button", { name: /Title/ }).click();
    await expect(page).toHaveURL(/sort=title/);
    await expect(table.locator("th[aria-sort='ascending']")).toHaveText(/Title/);
  });

  test("the dashboard shows the sample incidents", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Now" })).toBeVisible();
    await expect(page.getByTestId("now").locator("a[href^='/incidents/']").first()).toBeVisible();
  });

  test("the theme toggle switches to dark and survives a reload", async ({ page, request }) => {
    // Before hydration a click would be lost: the server HTML has the button disabled, so clicks wait for it.
    const html0 = await (await request.get("/")).text();
    expect(html0).toMatch(/<button[^>]*disabled=""[^>]*aria-label="System theme/);
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/");
    const html = page.locator("html");
    await expect(html).not.toHaveClass(/dark/);
    const toggle = page.getByRole("button", { name: /theme/ });
    await toggle.click(); // system -> light
    await toggle.click(); // light -> dark
    await expect(html).toHaveClass(/dark/);
    await page.reload();
    await expect(html).toHaveClass(/dark/);
  });

  test("the header search goes to the search page with the query", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: /search runbooks and incidents/i }).fill("etcd took too long");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=etcd/);
    await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  });
});

test("health tells anonymous callers only the status; liveness and readiness answer for probes", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
  expect((await request.get("/api/health/live")).status()).toBe(200);
  const ready = await request.get("/api/health/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: "ok" });
});

test("a dark system theme also applies to pages Next renders on the client (dynamic 404s)", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/runbooks/alerts/NoSuchAlertAnywhere");
  await expect(page.locator("html")).toHaveClass(/dark/);
});
