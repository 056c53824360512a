import { expect, test, type Page } from "@playwright/test";
import { CALCULATOR_LIST } from "../lib/calculators/registry";
import { firstIncidentPath, MAIN_PAGES } from "./support/main-pages";

/**
 * Nothing moves once a page has painted: the header's account menu and the
 * sign-in-off banner come with the HTML (they used to arrive after a fetch of
 * /api/me and push every page down: Lighthouse measured CLS 0.07), and late
 * content (charts, panels) fills space already reserved. Phone-sized, as
 * Lighthouse's mobile run sees the pages.
 */
test.use({ viewport: { width: 412, height: 823 } });

declare global {
  interface Window {
    /** Layout shifts recorded by the init script below, in the page under test. */
    __shifts?: { value: number; sources: string[] }[];
  }
}

const BANNER = "Sign-in is off: everyone who can reach this server is an anonymous editor";

async function layoutShiftAfterLoad(page: Page, path: string): Promise<{ total: number; sources: string[] }> {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    window.__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] })[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}${s.node.id ? `#${s.node.id}` : ""}.${[...s.node.classList].slice(0, 3).join(".")}` : String(s.node?.nodeName)));
        shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(path, { waitUntil: "networkidle" });
  // Let lazily loaded parts (charts, panels fetched after hydration) render.
  await page.waitForTimeout(1000);
  return page.evaluate(() => {
    const shifts = window.__shifts ?? [];
    return { total: shifts.reduce((sum, s) => sum + s.value, 0), sources: shifts.flatMap((s) => s.sources) };
  });
}

test("the header and the sign-in-off banner are in the server's HTML, not fetched afterwards", async ({ request }) => {
  for (const { path } of MAIN_PAGES) {
    const html = await (await request.get(path)).text();
    expect(html.includes(BANNER), `the banner in the HTML of ${path}`).toBe(true);
  }
});

for (const { name, path } of MAIN_PAGES) {
  test(`${name}: no layout shift after the first paint`, async ({ page }) => {
    const { total, sources } = await layoutShiftAfterLoad(page, path);
    expect(total, `shifted: ${sources.join(", ")}`).toBeLessThan(0.01);
  });
}

test("no page is wider than the phone: nothing to scroll sideways", async ({ page }) => {
  const paths = [...MAIN_PAGES.map((p) => p.path), ...CALCULATOR_LIST.map((c) => c.path), await firstIncidentPath(page)];
  const overflowing: string[] = [];
  for (const path of paths) {
    await page.goto(path, { waitUntil: "networkidle" });
    const { width, culprits } = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      // What sticks out, leaving aside what scrolls inside its own box (wide tables, code), except
      // absolutely positioned elements there: with no positioned ancestor inside the scroll box, an
      // sr-only span in a wide table's last column escapes its clipping (/incidents was 1073 px).
      culprits: [...document.querySelectorAll("main *")]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && (!e.closest(".overflow-x-auto, pre") || getComputedStyle(e).position === "absolute"))
        .slice(0, 3)
        .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].slice(0, 4).join(".")}`),
    }));
    // Every calculator was 602–746 px wide on this 412 px screen: its results grew the stacked grid column.
    if (width > 412) overflowing.push(`${path}: ${width} px (${culprits.join(", ")})`);
  }
  expect(overflowing).toEqual([]);
});

test("incident page: no layout shift after the first paint", async ({ page }) => {
  const path = await firstIncidentPath(page);
  const { total, sources } = await layoutShiftAfterLoad(page, path);
  expect(total, `shifted: ${sources.join(", ")}`).toBeLessThan(0.01);
});

test("a page view fetches no other page: links do not prefetch", async ({ page }) => {
  const prefetches: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["rsc"] === "1") prefetches.push(request.url());
  });
  for (const path of ["/", "/runbooks", "/incidents"]) {
    await page.goto(path, { waitUntil: "networkidle" });
    // Prefetches start once links have been seen after hydration; give them the time they took.
    await page.waitForTimeout(1000);
  }
  // Each of these pages fired 18–31 prefetches of other pages (each one a server render) on a phone.
  expect(prefetches).toEqual([]);
});
