import { expect, test } from "@playwright/test";

/**
 * A path with a malformed percent-escape is the client's mistake: 400 with the API's error body
 * naming the segment (lib/http/malformed-path.ts), never the bare 500 that Next's router answered
 * for every dynamic route (pages and API alike) before the production server refused them.
 */
const MALFORMED: [method: "GET" | "POST" | "PATCH", path: string, segment: string][] = [
  ["GET", "/incidents/%zz", "%zz"],
  ["GET", "/incidents/%E0%A4%A", "%E0%A4%A"],
  ["GET", "/runbooks/%FF", "%FF"],
  ["GET", "/runbooks/alerts/%E0%A4%A?from=alert", "%E0%A4%A"],
  ["GET", "/api/incidents/%E0", "%E0"],
  ["PATCH", "/api/incidents/%", "%"],
  ["POST", "/api/incidents/%C3%28/events", "%C3%28"],
];

for (const [method, path, segment] of MALFORMED) {
  test(`${method} ${path} is a 400 naming ${segment}`, async ({ request }) => {
    const response = await request.fetch(path, { method, data: method === "GET" ? undefined : { message: "x" } });
    expect(response.status()).toBe(400);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    const body = (await response.json()) as { error: { code: string; message: string; fields: Record<string, string> } };
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.fields.path).toContain(`"${segment}"`);
  });
}

test("well-formed escapes in the same routes still reach them", async ({ request }) => {
  expect((await request.get("/runbooks/alerts/Kube%20Pod%20Gone")).status()).toBe(404);
  const list = (await (await request.get("/api/incidents?limit=1")).json()) as { items: { id: number }[] };
  const id = String(list.items[0]?.id);
  // The id's first digit percent-encoded ("%31" for "1"): the route decodes it and finds the incident.
  const encoded = `%${id.charCodeAt(0).toString(16).toUpperCase()}${id.slice(1)}`;
  expect((await request.get(`/api/incidents/${encoded}`)).status()).toBe(200);
  expect((await request.get("/search?q=%E0%A4%A")).status()).toBe(200);
});
