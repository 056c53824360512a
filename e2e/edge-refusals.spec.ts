import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { PORTS } from "../playwright.config";

/**
 * Requests that Next itself answered with a bare 500, before any of Triage's code ran, refused by
 * the production server in front of it (lib/http/edge-guard.ts) with a 4xx and the API's error body.
 *
 * A path with a malformed percent-escape is the client's mistake: 400 naming the segment
 * (lib/http/malformed-path.ts); Next's router failed on it for every dynamic route, pages and API.
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

/**
 * A form post to a page is Next's no-JavaScript server action. Next let one without an Origin reach
 * the action, answered 500 for a foreign Origin ("Invalid Server Actions request") and 500 for a
 * body that is not form data. Triage's forms call their actions from script (with Next-Action), so
 * a page takes GET and HEAD only, and POST with Next-Action: anything else is 405.
 */
test.describe("form posts and other methods on pages", () => {
  const form = (fields: Record<string, string>) => {
    const body = Object.entries(fields).map(([name, value]) => `--b\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + "--b--\r\n";
    return { headers: { "content-type": "multipart/form-data; boundary=b" }, data: body };
  };
  const CASES: [name: string, method: string, path: string, options: { headers?: Record<string, string>; data?: string }][] = [
    ["a no-JavaScript action post without an Origin", "POST", "/incidents/new", form({ $ACTION_ID_0123456789abcdef: "", title: "posted by a form" })],
    ["a no-JavaScript action post from a foreign Origin", "POST", "/incidents/new", { ...form({ $ACTION_ID_0123456789abcdef: "" }), headers: { ...form({}).headers, origin: "https://evil.example" } }],
    ["a body that claims to be form data and is not", "POST", "/incidents/new", { headers: { "content-type": "multipart/form-data; boundary=zzz" }, data: "garbage" }],
    ["PUT on a page", "PUT", "/incidents/new", {}],
    ["DELETE on a page", "DELETE", "/runbooks", {}],
  ];
  for (const [name, method, path, options] of CASES) {
    test(`${name} is a 405 that points to the API`, async ({ request }) => {
      const before = await incidentCount(request);
      const response = await request.fetch(path, { method, headers: options.headers, data: options.data });
      expect(response.status()).toBe(405);
      expect(response.headers()["allow"]).toBe("GET, HEAD");
      const body = (await response.json()) as { error: { code: string; fields: Record<string, string> } };
      expect(body.error.code).toBe("method_not_allowed");
      expect(body.error.fields.method).toContain("/api");
      expect(await incidentCount(request)).toBe(before);
    });
  }

  test("pages still take GET and HEAD, and the API its own methods", async ({ request }) => {
    expect((await request.get("/incidents/new")).status()).toBe(200);
    expect((await request.head("/runbooks")).status()).toBe(200);
    expect((await request.post("/api/incidents", { data: {} })).status()).toBe(400);
  });
});

/**
 * A server action from our own origin whose arguments React's reply decoder cannot read: Next
 * answered each of these with 500; the page proxy (lib/http/action-reply.ts) answers 400 at "body".
 */
/**
 * TRACE on an API route was a 500 (fetch's Request cannot carry it; Next built one anyway), and a
 * static file asked for with a malformed or unsatisfiable Range was a 500 from Next's file handler.
 */
test.describe("methods fetch cannot carry, and ranges", () => {
  test("TRACE on the API is a 405 naming the resource's methods, as OPTIONS does", async ({ request }) => {
    for (const [path, allow] of [
      ["/api/incidents", "GET, HEAD, POST, OPTIONS"],
      ["/api/incidents/1", "GET, HEAD, PATCH, OPTIONS"],
      ["/api/runbooks", "GET, HEAD, OPTIONS"],
    ] as const) {
      const response = await request.fetch(path, { method: "TRACE" });
      expect(response.status(), path).toBe(405);
      expect(response.headers()["allow"], path).toBe(allow);
      const body = (await response.json()) as { error: { code: string; fields: Record<string, string> } };
      expect(body.error.code).toBe("method_not_allowed");
      expect(body.error.fields.method).toContain(allow);
    }
    const options = await request.fetch("/api/incidents/1", { method: "OPTIONS" });
    expect(options.headers()["allow"]).toContain("PATCH");
  });

  test("a method an API route does not take is a 405 with the error body and Allow (Next sent neither)", async ({ request }) => {
    for (const [method, path, allow] of [
      ["DELETE", "/api/incidents/1", "GET, HEAD, PATCH, OPTIONS"],
      ["PUT", "/api/incidents", "GET, HEAD, POST, OPTIONS"],
      ["PATCH", "/api/incidents/export", "GET, HEAD, OPTIONS"],
      ["GET", "/api/alerts/alertmanager", "POST, OPTIONS"],
      ["DELETE", "/api/auth/sign-out", "POST, OPTIONS"],
    ] as const) {
      const response = await request.fetch(path, { method, data: method === "GET" || method === "DELETE" ? undefined : {} });
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers()["allow"], `${method} ${path}`).toBe(allow);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("method_not_allowed");
      expect(body.error.message).toBe(`${method} is not allowed on ${path}: it takes ${allow}`);
    }
    // Every method listed is really taken: none of them is a 405.
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect((await request.fetch("/api/incidents/1", { method })).status(), method).not.toBe(405);
  });

  test("OPTIONS on an API route is a 204 with Allow naming what the edge names, the OpenAPI document too (it was force-static: a bare 405)", async ({ request }) => {
    for (const [path, allow] of [
      ["/api/openapi.json", "GET, HEAD, OPTIONS"],
      ["/api/health/live", "GET, HEAD, OPTIONS"],
      ["/api/runbooks", "GET, HEAD, OPTIONS"],
    ] as const) {
      const response = await request.fetch(path, { method: "OPTIONS" });
      expect(response.status(), path).toBe(204);
      expect(response.headers()["allow"], path).toBe(allow);
      // The edge's 405 for a method the route does not take names the same methods.
      const refused = await request.fetch(path, { method: "DELETE" });
      expect(refused.status(), path).toBe(405);
      expect(refused.headers()["allow"], path).toBe(allow);
    }
    // Still served, and still refusing what it does not take.
    expect((await request.get("/api/openapi.json")).status()).toBe(200);
    expect((await request.get("/api/openapi.json?x=1")).status()).toBe(400);
  });

  test("an absolute-form target is served as its path, not redirected to the host it names", async ({ baseURL }) => {
    const { hostname, port } = new URL(baseURL ?? "");
    // Playwright's request API always sends origin form: write the request on a socket.
    const statusLine = (target: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = net.connect(Number(port), hostname);
        let answer = "";
        socket.on("data", (chunk) => (answer += chunk.toString("latin1")));
        socket.on("end", () => resolve(answer));
        socket.on("error", reject);
        socket.write(`GET ${target} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`);
      });
    for (const [target, expected] of [
      ["http://evil.example/runbooks", /^HTTP\/1\.1 200 /],
      ["http://evil.example/api/runbooks", /^HTTP\/1\.1 200 /],
      ["http://evil.example/incidents/%zz", /^HTTP\/1\.1 400 /],
    ] as const) {
      const answer = await statusLine(target);
      expect(answer, target).toMatch(expected);
      expect(answer, target).not.toMatch(/\r\nlocation:/i);
    }
  });

  test("a malformed or unsatisfiable Range gets the whole file, as does a valid one", async ({ request }) => {
    const html = await (await request.get("/runbooks")).text();
    const script = /src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const whole = await (await request.get(script ?? "")).body();
    for (const range of ["bytes=abc", "bytes=10-5", "bytes=999999999-", "bytes=0-10"]) {
      const response = await request.get(script ?? "", { headers: { range } });
      expect(response.status(), range).toBe(200);
      expect((await response.body()).equals(whole), range).toBe(true);
    }
  });
});

test.describe("server action bodies that cannot be decoded", () => {
  const TEXT = "text/plain;charset=UTF-8";
  const CASES: [name: string, type: string, body: string][] = [
    ["arguments that are not JSON", TEXT, "{{{"],
    ["arguments that are not an array", TEXT, '"x"'],
    ["an empty body", TEXT, ""],
    ["a reference to a part that is not there", TEXT, '["$Q1"]'],
    ["a reference inside an object", TEXT, '[{"title":"$K9"}]'],
    ["multipart that is not form data", "multipart/form-data; boundary=zzz", "garbage"],
    ["multipart without the arguments part", "multipart/form-data; boundary=b", '--b\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--b--\r\n'],
  ];
  for (const [name, type, body] of CASES) {
    test(`${name} is a 400 at the field body`, async ({ request, baseURL }) => {
      const before = await incidentCount(request);
      const response = await request.post("/incidents/new", { headers: { "Next-Action": createIncidentActionId(), Origin: String(baseURL), "Content-Type": type }, data: body });
      expect(response.status()).toBe(400);
      const answer = (await response.json()) as { error: { code: string; fields: Record<string, string> } };
      expect(answer.error.code).toBe("invalid_input");
      expect(answer.error.fields.body).toMatch(/server action/);
      expect(await incidentCount(request)).toBe(before);
    });
  }

  test("a body over 1 MiB is a 413, as on the API (Next answered 500; past 10 MB it cut the body)", async ({ request, baseURL }) => {
    for (const size of [1_500_000, 12_000_000]) {
      const data = JSON.stringify([{ title: "x".repeat(size) }]);
      const response = await request.post("/incidents/new", { headers: { "Next-Action": createIncidentActionId(), Origin: String(baseURL), "Content-Type": TEXT }, data });
      expect(response.status(), `${size} characters`).toBe(413);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
    }
  });

  test("arguments the decoder can read still reach the action, which answers its own field errors", async ({ request, baseURL }) => {
    const response = await request.post("/incidents/new", { headers: { "Next-Action": createIncidentActionId(), Origin: String(baseURL), "Content-Type": TEXT }, data: '[{"title":"$$ escaped","namespace":"$undefined"}]' });
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('"code":"invalid_input"');
  });
});

/**
 * A client that announces more body than it sends held its connection for Node's default 300 s
 * (and a graceful stop for 25 s). The server on PORTS.bigLibrary runs with TRIAGE_REQUEST_TIMEOUT=2:
 * the stalled upload gets 408 and is closed, and nothing is stored, while other requests are served.
 */
test("a request whose body never finishes gets 408 at the deadline; the server keeps serving", async ({ request }) => {
  const base = `http://127.0.0.1:${PORTS.bigLibrary}`;
  const before = (await (await request.get(`${base}/api/incidents/export?format=json`)).json()) as { count: number };
  const stalled = new Promise<{ text: string; closedAfterMs: number }>((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(PORTS.bigLibrary, "127.0.0.1");
    let text = "";
    socket.on("data", (chunk) => (text += chunk.toString("latin1")));
    socket.on("close", () => resolve({ text, closedAfterMs: Date.now() - started }));
    socket.on("error", reject);
    socket.write(`POST /api/incidents HTTP/1.1\r\nHost: 127.0.0.1:${PORTS.bigLibrary}\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"title":"never finished`);
  });
  // Served while the upload is stalled.
  expect((await request.get(`${base}/api/health`)).status()).toBe(200);
  const answer = await stalled;
  expect(answer.text).toMatch(/^HTTP\/1\.1 408 /);
  // Not a speed target: the deadline is 2 s and Node checks deadlines every second; 300 s was the old wait.
  expect(answer.closedAfterMs).toBeGreaterThanOrEqual(1900);
  expect(answer.closedAfterMs).toBeLessThan(30_000);
  const after = (await (await request.get(`${base}/api/incidents/export?format=json`)).json()) as { count: number };
  expect(after.count).toBe(before.count);
});

/** The id Next gave createIncidentAction in this build (the browser sends it as Next-Action). */
function createIncidentActionId(): string {
  const manifest = JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as { node: Record<string, { exportedName?: string }> };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === "createIncidentAction")?.[0];
  if (!id) throw new Error("createIncidentAction is not in .next/server/server-reference-manifest.json: was the app built?");
  return id;
}

async function incidentCount(request: APIRequestContext): Promise<number> {
  const exported = (await (await request.get("/api/incidents/export?format=json")).json()) as { count: number };
  return exported.count;
}
