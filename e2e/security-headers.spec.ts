import { expect, test, type Page } from "@playwright/test";
import { MAIN_PAGES, firstIncidentPath } from "./support/main-pages";

/**
 * Security headers (lib/http/security-headers.ts) on pages, API and static
 * files, and a page CSP strict enough to matter that still lets every main
 * page run: no `securitypolicyviolation` event and no CSP console error.
 */

const directive = (csp: string | undefined, name: string) =>
  csp?.split(";").map((d) => d.trim()).find((d) => d.split(/\s+/)[0] === name);

declare global {
  interface Window {
    /** CSP violations recorded by the init script below, in the page under test. */
    __csp?: string[];
  }
}

/** Records CSP violations from before the first script runs (Playwright's init scripts are not subject to the page's CSP). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on("console", (m) => {
    if (/content security policy|refused to (execute|load|apply)/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    window.__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`));
  });
  return async () => [...console, ...(await page.evaluate(() => window.__csp ?? []))];
}

test.describe("security headers", () => {
  test("pages get a nonce CSP without eval, and the common headers", async ({ request }) => {
    const first = await request.get("/runbooks");
    const second = await request.get("/runbooks");
    const csp = first.headers()["content-security-policy"];
    const scriptSrc = directive(csp, "script-src");
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scriptSrc).toContain("'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    // A fresh nonce per request, and it is the one on the page's scripts.
    expect(directive(second.headers()["content-security-policy"], "script-src")).not.toBe(scriptSrc);
    const nonce = scriptSrc!.match(/'nonce-([^']+)'/)![1];
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(1);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    for (const response of [first, second]) {
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
      expect(response.headers()["referrer-policy"]).toBe("same-origin");
    }
  });

  test("API responses and static files get the headers and a CSP that runs nothing", async ({ request, page }) => {
    await page.goto("/runbooks");
    const asset = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
    expect(asset).toBeTruthy();
    for (const path of ["/api/health", "/api/incidents?limit=1", asset!, "/favicon.ico"]) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("same-origin");
      expect(directive(headers["content-security-policy"], "default-src"), path).toBe("default-src 'none'");
      expect(directive(headers["content-security-policy"], "frame-ancestors"), path).toBe("frame-ancestors 'none'");
      expect(headers["strict-transport-security"], path).toBeUndefined();
    }
  });

  test("HSTS only when a trusted proxy says the client used HTTPS", async ({ request }) => {
    // The e2e server trusts no proxy (TRIAGE_TRUSTED_PROXIES unset): a client's own X-Forwarded-Proto is ignored.
    // lib/http/security-headers.test.ts covers the trusted-proxy side.
    const spoofed = await request.get("/api/health", { headers: { "x-forwarded-proto": "https" } });
    expect(spoofed.headers()["strict-transport-security"]).toBeUndefined();
  });

  test("main pages run under the CSP: no violation, and client code works", async ({ page }) => {
    // Ten pages to load and settle: over 60 s on the shared 2-core machine. A hang guard, not a speed limit.
    test.setTimeout(240_000);
    const violations = await watchViolations(page);
    const detail = await firstIncidentPath(page);
    for (const { path } of [...MAIN_PAGES, { path: detail }]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(await violations(), path).toEqual([]);
    }
    // Hydrated: the theme toggle (client code) works, and the theme script ran before paint.
    await page.goto("/");
    const toggle = page.getByRole("button", { name: /theme/ });
    await toggle.click();
    await toggle.click();
    await expect(page.locator("html")).toHaveClass(/dark/);
    await page.reload();
    await expect(page.locator("html")).toHaveClass(/dark/);
    expect(await violations()).toEqual([]);
  });
});
