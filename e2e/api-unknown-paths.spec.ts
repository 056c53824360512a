import { expect, test } from "@playwright/test";

/**
 * An /api path that no route serves is the API's JSON 404 for every method, not the HTML
 * "Page not found" page (which the API's CSP, default-src 'none', also left without its
 * stylesheet and scripts). Routes that exist still win over the catch-all.
 */
const UNKNOWN: ["GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS", string][] = [
  ["GET", "/api/nope"],
  ["GET", "/api/incident"],
  ["GET", "/api/incidents/1/nope"],
  ["POST", "/api/incidents/1/notes"],
  ["PUT", "/api/runbooks/oom-killer/incidents/extra"],
  ["PATCH", "/api/health/deep"],
  ["DELETE", "/api/a/b/c"],
  ["OPTIONS", "/api/nope"],
];

for (const [method, path] of UNKNOWN) {
  test(`${method} ${path} is the API's JSON 404`, async ({ request }) => {
    const response = await request.fetch(path, { method, data: method === "GET" || method === "OPTIONS" ? undefined : { title: "x" } });
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(response.headers()["cache-control"]).toBe("no-store");
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("not_found");
    expect(body.error.message).toBe(`No API endpoint at ${path}: /api/openapi.json lists them and /api describes them`);
  });
}

test("a HEAD on an unknown path is a 404 without a body", async ({ request }) => {
  const response = await request.head("/api/nope");
  expect(response.status()).toBe(404);
  expect(await response.text()).toBe("");
});

test("the routes beside the catch-all still answer", async ({ request }) => {
  expect((await request.get("/api/incidents?limit=1")).status()).toBe(200);
  expect((await request.get("/api/incidents/999999999")).status()).toBe(404);
  expect(((await (await request.get("/api/incidents/999999999")).json()) as { error: { message: string } }).error.message).not.toContain("No API endpoint");
  expect((await request.get("/api/openapi.json")).status()).toBe(200);
  expect((await request.get("/api/health/live")).status()).toBe(200);
  expect((await request.get("/api/auth/get-session")).status()).not.toBe(404);
  // /api itself is the API's documentation page.
  const docs = await request.get("/api");
  expect(docs.status()).toBe(200);
  expect(docs.headers()["content-type"]).toContain("text/html");
});

test("a long unknown path is cut in the message", async ({ request }) => {
  const path = `/api/${"x".repeat(500)}`;
  const body = (await (await request.get(path)).json()) as { error: { message: string } };
  expect(body.error.message.length).toBeLessThan(300);
  expect(body.error.message).toContain("/api/xxx");
});
