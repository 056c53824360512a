import { expect, test } from "@playwright/test";
import { BREAK_GLASS } from "../playwright.config";

/** TRIAGE_AUTH=none (the default): everyone edits anonymously, every page says so; the break-glass admin still signs in. */

test("with sign-in off, every page says everyone is an anonymous editor, and how to turn sign-in on", async ({ page }) => {
  for (const path of ["/", "/runbooks", "/calculators"]) {
    await page.goto(path);
    await expect(page.getByRole("note").filter({ hasText: "Sign-in is off: everyone who can reach this server is an anonymous editor" })).toContainText("TRIAGE_AUTH=oidc");
  }
  await page.goto("/incidents/new");
  await expect(page.getByText("Not verified: sign-in is off")).toBeVisible();
});

test("the break-glass admin is refused a wrong password, signs in with the right one, and reaches the admin page", async ({ page }) => {
  await page.goto("/sign-in?next=/admin");
  await page.getByLabel("Email").fill(BREAK_GLASS.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in as admin" }).click();
  // Next's route announcer is an alert too: take the form's.
  await expect(page.getByRole("alert").filter({ hasText: "Not signed in" })).toContainText("Wrong email or password");
  await page.getByLabel("Password").fill(BREAK_GLASS.password);
  await page.getByRole("button", { name: "Sign in as admin" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId("account-name")).toHaveText(/admin@example\.com\s*\(admin\)/);
  await expect(page.getByTestId("mapped-role")).toHaveText("admin");
  // Signed in, the banner is gone (this visitor is not anonymous).
  await expect(page.getByRole("note").filter({ hasText: "Sign-in is off" })).toHaveCount(0);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  // The session is really gone (Better Auth once refused the sign-out's Origin here, and the page moved on anyway).
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin$/);
});

test("a server action with a forged Origin is refused with 403, not 500", async ({ page, request }) => {
  await page.goto("/incidents/new");
  const actionId = await new Promise<string>((resolve) => {
    page.on("request", (r) => {
      const id = r.headers()["next-action"];
      if (id) resolve(id);
    });
    void page.getByRole("button", { name: "Log incident" }).click().then(async () => {
      // The form refuses empty fields on the client; fill the minimum so the action is sent.
      await page.getByRole("textbox", { name: "Title", exact: true }).fill("Origin probe");
      await page.getByRole("combobox", { name: "Severity", exact: true }).selectOption("SEV4");
      await page.getByRole("textbox", { name: "Service", exact: true }).fill("x");
      await page.getByRole("textbox", { name: "Environment / cluster" }).fill("y");
      await page.getByRole("textbox", { name: "Reporter", exact: true }).fill("probe");
      await page.getByRole("button", { name: "Log incident" }).click();
    });
  });
  for (const origin of ["https://evil.example", undefined]) {
    const forged = await request.post("/incidents/new", {
      headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", ...(origin ? { Origin: origin } : {}) },
      data: JSON.stringify([{ title: "forged" }]),
    });
    expect(forged.status()).toBe(403);
    expect(((await forged.json()) as { error: { code: string } }).error.code).toBe("forbidden");
  }
});

test("Better Auth's endpoints answer errors in Triage's error shape (they answered {message, code:INVALID_ORIGIN})", async ({ request, baseURL }) => {
  // Better Auth checks the Origin of a request that carries a session cookie.
  const cookie = "better-auth.session_token=x";
  const cases = [
    [{ Origin: "https://evil.example", "Content-Type": "application/json", Cookie: cookie }, 403, "forbidden"],
    [{ "Content-Type": "application/json", Cookie: cookie }, 403, "forbidden"],
    [{ Origin: baseURL ?? "", "Content-Type": "text/plain" }, 415, "unsupported_media_type"],
  ] as const;
  for (const [headers, status, code] of cases) {
    const response = await request.post("/api/auth/sign-out", { headers, data: "{}" });
    expect(response.status()).toBe(status);
    const body = (await response.json()) as { error: { code: string; message: string; fields: Record<string, string> } };
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(0);
  }
  // Sign-in is off here: there is no OIDC provider to start a sign-in with.
  const social = await request.post("/api/auth/sign-in/social", { headers: { Origin: baseURL ?? "", "Content-Type": "application/json" }, data: { provider: "oidc", callbackURL: "/" } });
  expect(social.status()).toBe(404);
  expect(((await social.json()) as { error: { code: string } }).error.code).toBe("not_found");
});
