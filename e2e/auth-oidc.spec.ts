import { request as httpRequest } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { BREAK_GLASS, PORTS } from "../playwright.config";

/**
 * TRIAGE_AUTH=oidc against a real OpenID provider on loopback
 * (e2e/support/oidc-provider.ts): the authorization code flow with PKCE
 * through the provider's own login and consent pages, roles from its groups
 * claim, sessions in Triage's database, sign-out; then tokens made by an admin.
 */

// Each test is a dozen redirects between Triage and the provider; on a busy 2-core machine that takes a while.
test.describe.configure({ timeout: 150_000 });

async function signIn(page: Page, login: string) {
  // The provider's dev login page links a web font; there is no internet here.
  await page.route(/fonts\.googleapis\.com/, (route) => route.abort());
  await page.goto("/incidents");
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByRole("button", { name: "Sign in with Test IdP" }).click();
  await page.getByPlaceholder("Enter any login").fill(login);
  await page.getByPlaceholder("and password").fill("any-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  // Back at Triage: a full page load, whose header shows who this is.
  await expect(page.getByTestId("account-name")).toBeVisible({ timeout: 30_000 });
}

test("an SRE signs in at the provider, writes as themself, and signs out", async ({ page }) => {
  await signIn(page, "ana");
  await expect(page.getByTestId("account-name")).toHaveText(/Ana Example\s*\(responder\)/);
  await page.goto("/incidents");
  await page.getByRole("table").locator("tbody tr").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/incidents\/\d+$/);
  await expect(page.getByText("As Ana Example")).toBeVisible();
  await page.getByLabel("Note", { exact: true }).fill("Signed-in note from the OIDC test.");
  await page.getByRole("button", { name: "Add note" }).click();
  await page.reload();
  const note = page.getByRole("region", { name: "Timeline" }).getByRole("listitem").filter({ hasText: "Signed-in note from the OIDC test." });
  await expect(note).toContainText("by Ana Example");
  await expect(note).toContainText("via web");

  // Sign-out ends the provider's session too (RP-initiated logout: its end_session_endpoint, then back to /sign-in).
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Yes, sign me out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect((await page.request.get("/api/incidents")).status()).toBe(401);
  await page.goto("/incidents");
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  // Signing in again asks for credentials: the provider no longer knows this browser.
  await page.getByRole("button", { name: "Sign in with Test IdP" }).click();
  await expect(page.getByPlaceholder("Enter any login")).toBeVisible();
});

test("no matching group: a viewer, who reads with the session and may not write", async ({ page }) => {
  await signIn(page, "vic");
  await expect(page.getByTestId("account-name")).toHaveText(/Vic Example\s*\(viewer\)/);
  const list = await page.request.get("/api/incidents?limit=1");
  expect(list.status()).toBe(200);
  const [first] = ((await list.json()) as { items: { id: number }[] }).items;
  expect((await page.request.patch(`/api/incidents/${first.id}`, { data: { severity: "SEV1" } })).status()).toBe(403);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in\?error=forbidden/);

  // Once the session is gone, a client-side navigation (which does not render the layout again) is sent to sign in too,
  // and back to the incident afterwards.
  await page.goto("/incidents");
  const link = page.getByRole("table").locator("tbody tr").first().getByRole("link").first();
  await expect(link).toBeVisible();
  await page.context().clearCookies({ name: /session_token/ });
  await link.click();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fincidents%2F\d+$/);
});

test("an admin (by group) sees the claims mapping, and creates, uses and revokes a token", async ({ page, playwright }) => {
  await signIn(page, "root");
  await page.goto("/admin");
  await expect(page.getByTestId("mapped-role")).toHaveText("admin");
  await page.getByText("ID token claims at your last sign-in").click();
  await expect(page.getByTestId("raw-identity")).toContainText('"platform-admins"');
  await expect(page.getByTestId("raw-identity")).toContainText('"iss": "http://127.0.0.1:');

  // A required field: its label reads "Name*", its accessible name "Name".
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("e2e-bot");
  await page.getByRole("checkbox", { name: /incidents:read/ }).check();
  await page.getByRole("checkbox", { name: /incidents:write/ }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = (await page.getByTestId("new-token-secret").textContent()) ?? "";
  expect(secret).toMatch(/^trg_/);
  const row = page.getByRole("table", { name: "API tokens" }).getByRole("row", { name: /e2e-bot/ });
  await expect(row).toContainText(secret.slice(0, 12));
  await expect(row).toContainText("never"); // not used yet

  // A script with the token and no cookies.
  const script = await playwright.request.newContext({ baseURL: new URL(page.url()).origin, extraHTTPHeaders: { Authorization: `Bearer ${secret}` } });
  const created = await script.post("/api/incidents", { data: { title: "Logged by a token", severity: "SEV4", service: "batch", environment: "prod", startedAt: new Date().toISOString() } });
  expect(created.status()).toBe(201);
  expect(((await created.json()) as { reporter: string }).reporter).toBe("e2e-bot");

  page.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: "Revoke e2e-bot" }).click();
  await expect(row).toContainText("revoked");
  expect((await script.get("/api/incidents")).status()).toBe(401);
  await script.dispose();
});

/** A break-glass sign-in sent straight to the server; with `proto`, from the trusted proxy's address saying what the client used. Its Set-Cookie headers. */
function breakGlassCookies(proto?: "https"): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const origin = `${proto ?? "http"}://127.0.0.1:${PORTS.oidc}`;
    const headers = { "content-type": "application/json", origin, ...(proto ? { "x-forwarded-proto": proto } : {}) };
    const sent = httpRequest({ host: "127.0.0.1", port: PORTS.oidc, localAddress: proto ? "127.0.0.2" : undefined, method: "POST", path: "/api/auth/break-glass", headers }, (answer) => {
      answer.resume();
      answer.on("end", () => (answer.statusCode === 200 ? resolve(answer.headers["set-cookie"] ?? []) : reject(new Error(`break-glass sign-in answered ${answer.statusCode}`))));
    });
    sent.on("error", reject);
    sent.end(JSON.stringify({ email: BREAK_GLASS.email, password: BREAK_GLASS.password }));
  });
}

test("session cookies are Secure when the trusted proxy says the client used HTTPS (a 7-day admin cookie went without it)", async () => {
  const overHttps = await breakGlassCookies("https");
  expect(overHttps.find((cookie) => cookie.includes("session_token"))).toMatch(/;\s*Secure/i);
  expect(overHttps.every((cookie) => /;\s*Secure/i.test(cookie))).toBe(true);
  // Over plain HTTP a Secure cookie would never come back: the browser would not be signed in.
  const overHttp = await breakGlassCookies();
  expect(overHttp.find((cookie) => cookie.includes("session_token"))).not.toMatch(/Secure/i);
});
