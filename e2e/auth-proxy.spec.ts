import { createServer, request as httpRequest, type Server } from "node:http";
import { expect, test } from "@playwright/test";
import { PORTS } from "../playwright.config";

/**
 * TRIAGE_AUTH=proxy, TRIAGE_TRUSTED_PROXIES=127.0.0.2/32. A stand-in for
 * oauth2-proxy listens on its own port and forwards to Triage from 127.0.0.2,
 * adding the identity headers of whoever `signedIn` names; the browser talks
 * to it as it would to the real proxy. Headers sent straight to Triage (from
 * 127.0.0.1, not trusted) are spoofs.
 */
const USERS = {
  ana: { email: "ana@example.com", groups: "sre,staff" },
  vic: { email: "vic@example.com", groups: "" },
  root: { email: "root@example.com", groups: "platform-admins" },
  // No email: the name is then what Triage shows. oauth2-proxy passes names through as raw UTF-8
  // bytes, which Node reads as Latin-1 ("å¼ ä¸").
  zhang: { name: "张三", groups: "运维,sre" },
};
/** A header value as UTF-8 bytes on the wire: Node writes header strings one byte per character. */
const utf8Bytes = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));
let signedIn: keyof typeof USERS = "ana";
let sso: Server;
const viaProxy = `http://127.0.0.1:${PORTS.ssoProxy}`;
const direct = `http://127.0.0.1:${PORTS.proxy}`;

test.beforeAll(async () => {
  sso = createServer((incoming, outgoing) => {
    const user: { email?: string; name?: string; groups: string } = USERS[signedIn];
    const headers = {
      ...incoming.headers,
      ...(user.email ? { "x-forwarded-email": user.email } : {}),
      "x-forwarded-user": utf8Bytes(user.name ?? user.email ?? ""),
      "x-forwarded-groups": utf8Bytes(user.groups),
      "x-forwarded-proto": "http",
    };
    const upstream = httpRequest({ host: "127.0.0.1", port: PORTS.proxy, localAddress: "127.0.0.2", method: incoming.method, path: incoming.url, headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    upstream.on("error", () => outgoing.writeHead(502).end());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => sso.listen(PORTS.ssoProxy, "127.0.0.1", resolve));
});
test.afterAll(() => new Promise<void>((resolve) => sso.close(() => resolve())));

test("behind the trusted proxy, a responder logs and changes incidents as themself", async ({ page }) => {
  signedIn = "ana";
  await page.goto(`${viaProxy}/incidents/new`);
  await expect(page.getByTestId("account-name")).toHaveText(/ana@example\.com\s*\(responder\)/);
  // No name to type: the proxy's user is the reporter.
  await expect(page.getByRole("textbox", { name: "Reporter", exact: true })).toHaveCount(0);
  await expect(page.getByTestId("reporter-as")).toHaveText("ana@example.com (signed in)");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("Proxy-mode incident");
  await page.getByRole("combobox", { name: "Severity", exact: true }).selectOption("SEV3");
  await page.getByRole("textbox", { name: "Service", exact: true }).fill("payments");
  await page.getByRole("textbox", { name: "Environment / cluster" }).fill("prod");
  await page.getByRole("button", { name: "Log incident" }).click();
  await expect(page).toHaveURL(/\/incidents\/\d+$/);
  await page.getByLabel("Note", { exact: true }).fill("Checked the proxy headers.");
  await page.getByRole("button", { name: "Add note" }).click();
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByText("Checked the proxy headers.")).toBeVisible();
  await page.reload();
  await expect(timeline.getByText("by ana@example.com")).toHaveCount(2);
  await expect(timeline.getByText("via web")).toHaveCount(2);
  // No banner: sign-in is on.
  await expect(page.getByRole("note").filter({ hasText: "Sign-in is off" })).toHaveCount(0);
});

test("a viewer reads, is offered no writes, and the API refuses them", async ({ page }) => {
  signedIn = "vic";
  await page.goto(`${viaProxy}/incidents`);
  await expect(page.getByTestId("account-name")).toHaveText(/vic@example\.com\s*\(viewer\)/);
  await expect(page.getByRole("link", { name: "Log an incident" })).toHaveCount(0);
  const list = await page.request.get(`${viaProxy}/api/incidents?limit=1`);
  expect(list.status()).toBe(200);
  const [first] = ((await list.json()) as { items: { id: number }[] }).items;
  const write = await page.request.post(`${viaProxy}/api/incidents/${first.id}/events`, { data: { message: "not allowed" } });
  expect(write.status()).toBe(403);
  expect(((await write.json()) as { error: { message: string } }).error.message).toMatch(/role viewer/);

  await page.goto(`${viaProxy}/incidents/${first.id}`);
  await expect(page.getByTestId("read-only")).toContainText("viewer role");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const control of [page.getByRole("button", { name: "Add note" }), page.getByRole("link", { name: "Edit" }), page.getByRole("button", { name: /^Mark / }), page.getByRole("combobox", { name: "Link a runbook" })]) {
    await expect(control).toHaveCount(0);
  }
  await page.goto(`${viaProxy}/incidents/new`);
  await expect(page).toHaveURL(/\/sign-in\?error=forbidden/);
});

test("the admin page shows the proxy's headers and how the groups mapped", async ({ page }) => {
  signedIn = "root";
  await page.goto(`${viaProxy}/admin`);
  await expect(page.getByTestId("mapped-role")).toHaveText("admin");
  await expect(page.getByRole("table", { name: "How your groups mapped" }).getByRole("row", { name: /platform-admins\s+admin/ })).toBeVisible();
  await page.getByText("Identity headers from the proxy on this request").click();
  await expect(page.getByTestId("raw-identity")).toContainText('"x-forwarded-groups": "platform-admins"');
});

test("identity headers from an untrusted address are refused; without them nobody is signed in", async ({ page, request }) => {
  const spoofedApi = await request.get(`${direct}/api/incidents`, { headers: { "X-Forwarded-Email": "root@example.com", "X-Forwarded-Groups": "platform-admins" } });
  expect(spoofedApi.status()).toBe(403);
  expect(((await spoofedApi.json()) as { error: { code: string } }).error.code).toBe("forbidden");
  const spoofedAuthRequest = await request.get(`${direct}/admin`, { headers: { "X-Auth-Request-Email": "root@example.com" }, maxRedirects: 0 });
  expect(spoofedAuthRequest.status()).toBe(403);

  await page.setExtraHTTPHeaders({ "X-Forwarded-Email": "root@example.com" });
  const page403 = await page.goto(`${direct}/`);
  expect(page403?.status()).toBe(403);

  await page.setExtraHTTPHeaders({});
  expect((await request.get(`${direct}/api/incidents`)).status()).toBe(401);
  await page.goto(`${direct}/incidents`);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("someone who is not signed in reads runbooks and finds them by search, but not incidents", async ({ page }) => {
  // Straight to Triage, not through the proxy: nobody is signed in.
  await page.goto(`${direct}/runbooks/etcd-slow-disk-took-too-long`);
  const panel = page.getByRole("region", { name: "Incidents" });
  await expect(panel).toContainText("Sign in to see the incidents this runbook was used for.");
  await expect(panel.getByRole("alert")).toHaveCount(0);
  // The palette asks /api/search, which finds runbooks for anyone.
  await expect(page.getByRole("button", { name: /command palette/ })).toHaveAttribute("data-shortcuts", "on");
  await page.keyboard.press("Control+k");
  await page.keyboard.type("etcdserver: request timed out, took too long");
  await expect(page.getByRole("dialog").getByRole("option").first()).toContainText(/etcd/i);
  const answer = await page.request.get(`${direct}/api/search?q=${encodeURIComponent("took too long")}`);
  expect(answer.status()).toBe(200);
  const { results } = (await answer.json()) as { results: { type: string; incidentCount?: number | null }[] };
  expect(results.length).toBeGreaterThan(0);
  // Runbooks, without how many incidents each was used for: that is incident data.
  expect(results.every((r) => r.type === "runbook" && r.incidentCount === null)).toBe(true);
  expect((await page.request.get(`${direct}/api/incidents`)).status()).toBe(401);
  await page.goto(`${direct}/runbooks`);
  await expect(page.getByTestId("runbook-list").getByRole("listitem").first()).toBeVisible();
  await expect(page.getByTestId("runbook-list").getByTitle("Linked incidents")).toHaveCount(0);
  await expect(page.getByLabel("Sort by").locator("option")).toHaveText(["Title", "Last updated"]);
});

test("a name and groups the proxy sends as UTF-8 are shown and stored as written", async ({ page, request }) => {
  signedIn = "zhang";
  await page.goto(`${viaProxy}/incidents`);
  await expect(page.getByTestId("account-name")).toHaveText(/张三\s*\(responder\)/);
  const me = (await (await request.get(`${viaProxy}/api/me`)).json()) as { name: string; role: string };
  expect(me).toMatchObject({ name: "张三", role: "responder" });
  const created = await request.post(`${viaProxy}/api/incidents`, {
    data: { title: "UTF-8 reporter", severity: "SEV4", service: "payments", environment: "prod", startedAt: new Date().toISOString() },
  });
  expect(created.status()).toBe(201);
  expect(((await created.json()) as { reporter: string }).reporter).toBe("张三");
});

test("this server issues no sessions (no TRIAGE_AUTH_SECRET): Better Auth's endpoints are a JSON 404, not a 500", async ({ request }) => {
  for (const [method, path] of [
    ["GET", "/api/auth/get-session"],
    ["POST", "/api/auth/sign-out"],
    ["POST", "/api/auth/sign-in/social"],
    ["GET", "/api/auth/callback/oidc"],
  ] as const) {
    const response = await request.fetch(`${direct}${path}`, { method, data: method === "POST" ? {} : undefined, headers: { Origin: direct } });
    expect(response.status(), `${method} ${path}`).toBe(404);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("not_found");
    expect(body.error.message).toContain("TRIAGE_AUTH_SECRET is not set");
  }
  // Endpoints Triage never serves say so as before.
  const signUp = await request.post(`${direct}/api/auth/sign-up/email`, { data: {}, headers: { Origin: direct } });
  expect(signUp.status()).toBe(404);
  expect(((await signUp.json()) as { error: { message: string } }).error.message).toBe("No POST /api/auth/sign-up/email");
  // A long path is cut in the message, as on the rest of the API.
  const long = await request.get(`${direct}/api/auth/${"x".repeat(500)}`);
  expect(long.status()).toBe(404);
  expect(((await long.json()) as { error: { message: string } }).error.message.length).toBeLessThan(300);
});
