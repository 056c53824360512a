import { expect, test } from "@playwright/test";

/**
 * The incident page's write-ups against the production build and the sample
 * incidents: a runbook draft and a postmortem to preview, copy and download,
 * and the page itself printed to PDF without its controls.
 */

const TITLE = "etcd member 192.168.180.8 answers 'took too long'";

async function sampleIncidentPath(request: import("@playwright/test").APIRequestContext): Promise<string> {
  const response = await request.get(`/api/incidents?limit=100&q=${encodeURIComponent("etcd took too long")}`);
  expect(response.ok()).toBe(true);
  const { items } = (await response.json()) as { items: { id: number; title: string }[] };
  const incident = items.find((i) => i.title.startsWith(TITLE));
  expect(incident, "the sample etcd incident").toBeDefined();
  return `/incidents/${incident?.id}`;
}

test("draft a runbook and a postmortem from an incident: preview and download", async ({ page, request }) => {
  await page.goto(await sampleIncidentPath(request));
  await page.getByRole("button", { name: "Draft a runbook" }).click();
  const text = page.getByTestId("write-up-text");
  await expect(text).toContainText(`title: "${TITLE}`);
  await expect(text).toContainText('  - "etcdserver: read-only range request');
  await expect(text).toContainText("TODO(draft)");
  await expect(text).toContainText("## Phenomenon");
  const [mdx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download" }).click()]);
  expect(mdx.suggestedFilename()).toMatch(/^etcd-member-.*\.mdx$/);

  await page.getByRole("button", { name: "Postmortem" }).click();
  await expect(text).toContainText("# Postmortem: #");
  await expect(text).toContainText("| Time to detect | 4 min |");
  await expect(text).toContainText("## Action items");
  const [md] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download" }).click()]);
  expect(md.suggestedFilename()).toMatch(/^postmortem-incident-\d+\.md$/);
});

test("the incident page prints without navigation or controls, with every section", async ({ page, request }) => {
  await page.goto(await sampleIncidentPath(request));
  await expect(page.getByRole("button", { name: "Draft a runbook" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  for (const name of ["Phenomenon", "Cause", "Fix", "Result", "Timeline"]) await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Draft a runbook" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toBeHidden();
  await expect(page.locator("header[data-print='hide']").first()).toBeHidden();
  expect(await page.locator("button:visible, form:visible").count()).toBe(0);
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.length).toBeGreaterThan(20_000);
});

test("the API reference renders the OpenAPI document", async ({ page, request }) => {
  const response = await request.get("/api/openapi.json");
  expect(response.ok()).toBe(true);
  const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toContain("/api/incidents/{id}/runbook-draft");
  await page.goto("/api");
  await expect(page.getByRole("heading", { level: 1, name: "REST API" })).toBeVisible();
  await expect(page.locator("#createIncident")).toContainText("/api/incidents");
  await expect(page.locator("#schema-Error")).toBeAttached();
  // Every route is in it: search, health, identity and the document itself; Better Auth's own routes are named.
  await expect(page.locator("#search")).toContainText("/api/search");
  await expect(page.locator("#getReadiness")).toContainText("503");
  await expect(page.locator("#getMe")).toContainText("Public.");
  await expect(page.locator("#getOpenApiDocument")).toContainText("/api/openapi.json");
  await expect(page.getByText("/api/auth/sign-in/social", { exact: false })).toBeVisible();
});
