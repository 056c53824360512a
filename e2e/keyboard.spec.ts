import { expect, test, type Locator, type Page } from "@playwright/test";

/**
 * Logging and resolving an incident with the keyboard only: no click, no
 * fill(), no focus(). Each control is reached with Tab (so it is in the tab
 * order, in a sensible place), typed into, and activated with Enter or Space.
 */

const MAX_TABS = 80;

/** Presses Tab until `target` has focus; fails if it never gets there (not keyboard-reachable). */
async function tabTo(page: Page, target: Locator, key: "Tab" | "Shift+Tab" = "Tab"): Promise<void> {
  for (let i = 0; i < MAX_TABS; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${target} is not reachable with ${key} within ${MAX_TABS} presses`);
}

async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

test.describe.serial("keyboard only", () => {
  // Dozens of key presses, each a round trip: on the shared 2-core machine one flow took over 60 s. A hang guard, not a speed limit.
  test.describe.configure({ timeout: 180_000 });
  const title = `Keyboard-only incident ${Date.now()}`;
  let incidentPath = "";

  test("log an incident", async ({ page }) => {
    await page.goto("/incidents/new");
    await expect(page.getByRole("heading", { level: 1, name: "Log an incident" })).toBeVisible();
    // The skip link is the first stop and moves focus to the main content.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    await page.keyboard.press("Enter");

    await typeInto(page, page.getByRole("textbox", { name: "Title", exact: true }), title);
    const severity = page.getByRole("combobox", { name: "Severity", exact: true });
    await tabTo(page, severity);
    // A native select: typing its option's text picks it without opening it.
    await page.keyboard.type("SEV2");
    await expect(severity).toHaveValue("SEV2");
    await typeInto(page, page.getByRole("textbox", { name: "Service", exact: true }), "checkout");
    await typeInto(page, page.getByRole("textbox", { name: "Environment / cluster" }), "prod-kbd");
    const reporter = page.getByRole("textbox", { name: "Reporter", exact: true });
    await tabTo(page, reporter);
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("kbd-oncall");

    // The runbook picker: type, arrow to an option, Enter to add it.
    const picker = page.getByRole("combobox", { name: "Linked runbooks" });
    await typeInto(page, picker, "pod-pending");
    await expect(page.getByRole("option", { name: /Pod stuck in Pending/ })).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Remove runbook Pod stuck in Pending" })).toBeVisible();
    await page.keyboard.press("Escape");

    await tabTo(page, page.getByRole("button", { name: "Log incident" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/incidents\/\d+$/);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    incidentPath = new URL(page.url()).pathname;
  });

  test("resolve it: the result is asked for, then the incident is resolved", async ({ page }) => {
    await page.goto(incidentPath);
    const status = page.getByRole("region", { name: "Status" });
    await tabTo(page, status.getByRole("button", { name: "Mark resolved" }));
    await page.keyboard.press("Enter");
    // The result field takes focus by itself.
    const result = status.getByRole("textbox", { name: "Result", exact: true });
    await expect(result).toBeFocused();
    await page.keyboard.type("Rolled back the checkout deploy; error rate back to 0.1 %.");
    await tabTo(page, status.getByRole("button", { name: "Resolve with this result" }));
    await page.keyboard.press("Space");
    await expect(page.getByRole("region", { name: "Result" }).getByText("Rolled back the checkout deploy")).toBeVisible();
    // The button pressed is gone: focus goes to the next action, not back to the top of the page.
    await expect(status.getByRole("button", { name: "Reopen" })).toBeFocused();
  });

  test("each status change leaves the focus on the next action", async ({ page }) => {
    await page.goto(incidentPath);
    const status = page.getByRole("region", { name: "Status" });
    await tabTo(page, status.getByRole("button", { name: "Reopen" }));
    await page.keyboard.press("Enter");
    await expect(status.getByRole("button", { name: "Mark mitigated" })).toBeFocused();
    await page.keyboard.press("Enter");
    // The result is kept from before, so resolving is one key now.
    await expect(status.getByRole("button", { name: "Mark resolved" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(status.getByRole("button", { name: "Reopen" })).toBeFocused();
  });
});
