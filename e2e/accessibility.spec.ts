import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { MAIN_PAGES, firstIncidentPath } from "./support/main-pages";

/**
 * axe-core on the main pages in the light and the dark theme (the theme follows
 * the system preference until the user picks one): no serious or critical
 * violation. Rules are axe's WCAG 2.x A/AA set.
 */

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : ""}`);
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`accessibility, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    // axe walks every node; on a shared 2-core machine one page took over 60 s. A guard against hangs, not a speed limit.
    test.describe.configure({ timeout: 180_000 });

    for (const { name, path } of MAIN_PAGES) {
      test(`${name} (${path}) has no serious or critical axe violation`, async ({ page }) => {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /^(?!.*dark)/);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }

    test("incident detail has no serious or critical axe violation", async ({ page }) => {
      await page.goto(await firstIncidentPath(page));
      await page.waitForLoadState("networkidle");
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
