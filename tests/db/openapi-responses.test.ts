import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as alertmanagerRoute } from "@/app/api/alerts/alertmanager/route";
import { POST as breakGlassRoute } from "@/app/api/auth/break-glass/route";
import { GET as liveRoute } from "@/app/api/health/live/route";
import { GET as readyRoute } from "@/app/api/health/ready/route";
import { GET as healthRoute } from "@/app/api/health/route";
import { POST as eventsRoute } from "@/app/api/incidents/[id]/events/route";
import { GET as postmortemRoute } from "@/app/api/incidents/[id]/postmortem/route";
import { GET as getRoute, PATCH as patchRoute } from "@/app/api/incidents/[id]/route";
import { GET as draftRoute } from "@/app/api/incidents/[id]/runbook-draft/route";
import { GET as exportRoute } from "@/app/api/incidents/export/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/incidents/route";
import { GET as meRoute } from "@/app/api/me/route";
import { GET as openApiRoute } from "@/app/api/openapi.json/route";
import { GET as mergedDraftRoute } from "@/app/api/runbook-drafts/route";
import { GET as runbookIncidentsRoute } from "@/app/api/runbooks/[slug]/incidents/route";
import { GET as runbooksRoute } from "@/app/api/runbooks/route";
import { POST as searchByBodyRoute, GET as searchRoute } from "@/app/api/search/route";
import { resetAuthForTests } from "@/lib/auth/better-auth";
import { PEER_HEADER } from "@/lib/auth/client-address";
import { hashPassword } from "@/lib/auth/password-hash";
import { getConfig, resetConfigForTests } from "@/lib/config/env";
import { resetDatabase } from "@/lib/db/reset-database";
import { ERROR_CODES } from "@/lib/http/error-codes";
import { API_OPERATIONS } from "@/lib/openapi/api-operations";
import type { OpenApiDocument } from "@/lib/openapi/build-openapi-document";

/**
 * Every operation's real answers, success and error, validated against the
 * served OpenAPI document with a JSON Schema 2020-12 validator (Ajv), on
 * SQLite and PostgreSQL. An answer whose status the document does not list
 * fails too, and so does an operation left without a checked success, or
 * without a checked error when the document lists any.
 */

/** While set, every database call fails as a database that does not answer does (health and readiness 503). */
const database = vi.hoisted(() => ({ down: false }));
vi.mock("@/lib/db/client", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/db/client")>();
  const unreachable = new Proxy({}, {
    get() {
      throw new Error("simulated outage: the database does not answer");
    },
  });
  return { ...real, db: () => (database.down ? unreachable : real.db()) };
});

const kind = getConfig().database.kind;
type Handler = (request: Request, context?: { params: Promise<Record<string, string>> }) => Response | Promise<Response>;
const DOC_ID = "https://triage.invalid/openapi.json";
const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

let document: OpenApiDocument;
// Ajv core does not check formats; the generated schemas carry a pattern for every date-time, which it does check.
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const covered = new Map<string, Set<number>>();

async function call(operationId: string, handler: Handler, url: string, init: RequestInit & { params?: Record<string, string> } = {}) {
  const op = API_OPERATIONS.find((o) => o.operationId === operationId);
  if (!op) throw new Error(`no operation ${operationId}`);
  const { params, ...requestInit } = init;
  const response = await handler(new Request(`http://localhost${url}`, { method: op.method.toUpperCase(), ...requestInit }), { params: Promise.resolve(params ?? {}) });
  const statuses = document.paths[op.path][op.method] as { responses: Record<string, { content: Record<string, unknown> }> };
  const declared = statuses.responses[String(response.status)];
  expect(declared, `${operationId} answered ${response.status}, which the document does not list`).toBeDefined();
  const type = (response.headers.get("content-type") ?? "").split(";")[0].trim();
  expect(Object.keys(declared.content), `${operationId} ${response.status} answered ${type}`).toContain(type);
  const text = await response.text();
  if (type === "application/json") {
    const body: unknown = JSON.parse(text);
    const ref = `${DOC_ID}#/${pointer("paths", op.path, op.method, "responses", String(response.status), "content", "application/json", "schema")}`;
    const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
    const valid = validate(body);
    expect(valid ? [] : validate.errors, `${operationId} ${response.status}: ${text.slice(0, 300)}`).toEqual([]);
  }
  covered.set(operationId, (covered.get(operationId) ?? new Set()).add(response.status));
  return { status: response.status, text, headers: response.headers };
}

const json = (body: unknown, extra: Record<string, string> = {}): RequestInit => ({ body: JSON.stringify(body), headers: { "content-type": "application/json", ...extra } });
const BAD_AUTH = { headers: { authorization: "Basic nope" } };
const TOKEN = "openapi-token-0123456789abcdef";
const SECRET = "openapi-secret-0123456789abcdef0123456789";
const ADMIN = { email: "root@example.com", password: "correct horse battery staple" };
/** What the sign-in form's fetch sends: this site's Origin, from one client address. */
const sameSite = (peer: string) => ({ origin: "http://localhost", host: "localhost", [PEER_HEADER]: peer });

function setEnv(env: Record<string, string>) {
  for (const key of ["TRIAGE_API_TOKEN", "TRIAGE_AUTH_SECRET", "TRIAGE_ADMIN_EMAIL", "TRIAGE_ADMIN_PASSWORD_HASH", "TRIAGE_RATE_LIMIT_WRITES"]) delete process.env[key];
  Object.assign(process.env, env);
  resetConfigForTests();
  resetAuthForTests();
}

const newIncident = (overrides: Record<string, unknown> = {}) => ({
  title: "Checkout 502s after a deploy",
  severity: "SEV2",
  service: "checkout",
  environment: "prod-eks-1",
  namespace: "shop",
  reporter: "alice",
  startedAt: new Date(Date.now() - 3600_000).toISOString(),
  phenomenon: "```text\nupstream connect error or disconnect/reset before headers\n```",
  runbooks: ["pod-crashloopbackoff"],
  ...overrides,
});

describe(`OpenAPI contract on ${kind}`, () => {
  beforeAll(async () => {
    await resetDatabase();
    document = (await openApiRoute(new Request("http://localhost/api/openapi.json")).json()) as OpenApiDocument;
    ajv.addSchema(document as object, DOC_ID);
  });

  afterEach(() => {
    database.down = false;
    setEnv({});
    vi.restoreAllMocks();
  });

  afterAll(() => {
    // Each operation had a success checked, and an error when it can answer one.
    for (const op of API_OPERATIONS) {
      const statuses = [...(covered.get(op.operationId) ?? [])];
      const declared = Object.keys((document.paths[op.path][op.method] as { responses: Record<string, unknown> }).responses).map(Number);
      expect(statuses.some((s) => s < 300), `${op.operationId}: no success checked`).toBe(true);
      if (declared.some((s) => s >= 400)) expect(statuses.some((s) => s >= 400), `${op.operationId}: no error checked`).toBe(true);
    }
  });

  it("is an OpenAPI 3.1 document whose schemas compile and whose refs resolve", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).length).toBe(new Set(API_OPERATIONS.map((o) => o.path)).size);
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    for (const ref of refs) expect(document.components.schemas[ref], ref).toBeDefined();
    const codes = (document.components.schemas.Error as { properties: { error: { properties: { code: { enum: string[] } } } } }).properties.error.properties.code.enum;
    expect(codes).toEqual([...ERROR_CODES]);
  });

  it("names each operation once, declares its tags, path parameters and security schemes, and every schema in it compiles", () => {
    type Operation = { operationId: string; tags: string[]; security?: Record<string, string[]>[]; parameters?: { name: string; in: string; schema: object }[]; requestBody?: { content: Record<string, { schema: object }> }; responses: Record<string, { content: Record<string, { schema?: object }> }> };
    const operations = Object.entries(document.paths).flatMap(([template, methods]) => Object.entries(methods).map(([method, op]) => ({ template, method, op: op as Operation })));
    expect(operations.length).toBe(API_OPERATIONS.length);
    const ids = operations.map(({ op }) => op.operationId);
    expect(new Set(ids).size, "operationIds are unique").toBe(ids.length);
    const tags = new Set((document.tags as { name: string }[]).map((t) => t.name));
    const schemes = Object.keys(document.components.securitySchemes as Record<string, unknown>);
    for (const { template, method, op } of operations) {
      const where = `${method.toUpperCase()} ${template}`;
      for (const tag of op.tags) expect(tags.has(tag), `${where}: tag ${tag} is not declared`).toBe(true);
      const inPath = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
      expect((op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name).sort(), `${where}: path parameters`).toEqual(inPath);
      for (const requirement of op.security ?? []) for (const scheme of Object.keys(requirement)) expect(schemes, `${where}: security scheme ${scheme}`).toContain(scheme);
      const at = (...parts: string[]) => `${DOC_ID}#/${pointer("paths", template, method, ...parts)}`;
      const locations = [
        ...(op.parameters ?? []).map((_, i) => at("parameters", String(i), "schema")),
        ...Object.keys(op.requestBody?.content ?? {}).map((type) => at("requestBody", "content", type, "schema")),
        ...Object.entries(op.responses).flatMap(([status, r]) => Object.keys(r.content).map((type) => at("responses", status, "content", type, "schema"))),
      ];
      for (const ref of locations) expect(() => ajv.getSchema(ref) ?? ajv.compile({ $ref: ref }), ref).not.toThrow();
    }
  });

  it("incidents: list, create, get, patch, note, export", async () => {
    const created = await call("createIncident", createRoute, "/api/incidents", json(newIncident()));
    expect(created.status).toBe(201);
    const id = String(JSON.parse(created.text).id);
    expect((await call("createIncident", createRoute, "/api/incidents", json({ ...newIncident(), title: "" }))).status).toBe(400);
    expect((await call("createIncident", createRoute, "/api/incidents", { body: "{", headers: { "content-type": "application/json" } })).status).toBe(400);
    expect((await call("createIncident", createRoute, "/api/incidents", { body: "x", headers: { "content-type": "text/plain" } })).status).toBe(415);
    expect((await call("createIncident", createRoute, "/api/incidents", json({ ...newIncident(), phenomenon: "x".repeat(1_100_000) }))).status).toBe(413);
    expect((await call("createIncident", createRoute, "/api/incidents", { ...json(newIncident()), headers: { "content-type": "application/json", authorization: "Basic nope" } })).status).toBe(401);

    expect((await call("listIncidents", listRoute, "/api/incidents?limit=1&status=open&status=mitigated")).status).toBe(200);
    expect((await call("listIncidents", listRoute, "/api/incidents?limit=0")).status).toBe(400);
    expect((await call("listIncidents", listRoute, "/api/incidents", BAD_AUTH)).status).toBe(401);

    expect((await call("getIncident", getRoute, `/api/incidents/${id}`, { params: { id } })).status).toBe(200);
    expect((await call("getIncident", getRoute, "/api/incidents/999999", { params: { id: "999999" } })).status).toBe(404);

    expect((await call("updateIncident", patchRoute, `/api/incidents/${id}`, { ...json({ status: "mitigated", version: 1 }), params: { id } })).status).toBe(200);
    expect((await call("updateIncident", patchRoute, `/api/incidents/${id}`, { ...json({ title: "again", version: 1 }), params: { id } })).status).toBe(409);
    expect((await call("updateIncident", patchRoute, `/api/incidents/${id}`, { ...json({ severity: "SEV9" }), params: { id } })).status).toBe(400);
    const resolved = await call("updateIncident", patchRoute, `/api/incidents/${id}`, { ...json({ status: "resolved", result: "Rolled back; 502s stopped." }), params: { id } });
    expect(JSON.parse(resolved.text).timeToResolveMs).toEqual(expect.any(Number));
    expect((await call("updateIncident", patchRoute, "/api/incidents/999999", { ...json({ title: "x" }), params: { id: "999999" } })).status).toBe(404);

    expect((await call("addIncidentNote", eventsRoute, `/api/incidents/${id}/events`, { ...json({ message: "rolled back", author: "bob" }), params: { id } })).status).toBe(201);
    expect((await call("addIncidentNote", eventsRoute, `/api/incidents/${id}/events`, { ...json({ message: "" }), params: { id } })).status).toBe(400);
    expect((await call("addIncidentNote", eventsRoute, "/api/incidents/999999/events", { ...json({ message: "x", author: "bob" }), params: { id: "999999" } })).status).toBe(404);

    expect((await call("exportIncidents", exportRoute, "/api/incidents/export?format=json")).status).toBe(200);
    expect((await call("exportIncidents", exportRoute, "/api/incidents/export?format=csv")).status).toBe(200);
    expect((await call("exportIncidents", exportRoute, "/api/incidents/export?format=xml")).status).toBe(400);
  });

  it("write-ups and the runbook panel", async () => {
    const id = String(JSON.parse((await call("createIncident", createRoute, "/api/incidents", json(newIncident()))).text).id);
    expect((await call("draftRunbook", draftRoute, `/api/incidents/${id}/runbook-draft`, { params: { id } })).status).toBe(200);
    expect((await call("draftRunbook", draftRoute, "/api/incidents/0/runbook-draft", { params: { id: "0" } })).status).toBe(404);
    expect((await call("draftRunbookFromIncidents", mergedDraftRoute, `/api/runbook-drafts?incident=${id}&incident=${id}`)).status).toBe(200);
    expect((await call("draftRunbookFromIncidents", mergedDraftRoute, "/api/runbook-drafts?incident=nope")).status).toBe(400);
    expect((await call("draftRunbookFromIncidents", mergedDraftRoute, "/api/runbook-drafts?incident=999999")).status).toBe(404);
    expect((await call("getPostmortem", postmortemRoute, `/api/incidents/${id}/postmortem`, { params: { id } })).status).toBe(200);
    expect((await call("getPostmortem", postmortemRoute, "/api/incidents/999999/postmortem", { params: { id: "999999" } })).status).toBe(404);
    expect((await call("getRunbookIncidentSummary", runbookIncidentsRoute, "/api/runbooks/pod-crashloopbackoff/incidents", { params: { slug: "pod-crashloopbackoff" } })).status).toBe(200);
    expect((await call("getRunbookIncidentSummary", runbookIncidentsRoute, "/api/runbooks/nope/incidents", { params: { slug: "nope" } })).status).toBe(404);
  });

  it("the Alertmanager webhook", async () => {
    const payload = readFileSync(path.resolve("tests/fixtures/alertmanager/firing.json"), "utf8");
    expect((await call("receiveAlertmanagerWebhook", alertmanagerRoute, "/api/alerts/alertmanager", { body: payload, headers: { "content-type": "application/json" } })).status).toBe(200);
    expect((await call("receiveAlertmanagerWebhook", alertmanagerRoute, "/api/alerts/alertmanager", json({ version: "4", alerts: "none" }))).status).toBe(400);
  });

  it("writes past the per-client limit answer 429", async () => {
    setEnv({ TRIAGE_RATE_LIMIT_WRITES: "1" });
    const from = { [PEER_HEADER]: "198.51.100.77" };
    expect((await call("createIncident", createRoute, "/api/incidents", json(newIncident(), from))).status).toBe(201);
    expect((await call("createIncident", createRoute, "/api/incidents", json(newIncident(), from))).status).toBe(429);
  });

  it("search: runbooks and incidents, and bad parameters", async () => {
    await call("createIncident", createRoute, "/api/incidents", json(newIncident()));
    const both = await call("search", searchRoute, `/api/search?q=${encodeURIComponent("upstream connect error or disconnect/reset before headers")}`);
    expect(both.status).toBe(200);
    // Both result shapes were validated.
    expect(new Set((JSON.parse(both.text) as { results: { type: string }[] }).results.map((r) => r.type))).toEqual(new Set(["runbook", "incident"]));
    expect((await call("search", searchRoute, "/api/search?q=CrashLoopBackOff&type=runbook&tag=kubernetes&limit=3")).status).toBe(200);
    expect((await call("search", searchRoute, "/api/search")).status).toBe(400);
    expect((await call("search", searchRoute, "/api/search?q=%20%20")).status).toBe(400);
    expect((await call("search", searchRoute, "/api/search?q=oom&limit=500")).status).toBe(400);
    expect((await call("search", searchRoute, "/api/search?q=oom&tag=nope")).status).toBe(400);
    expect((await call("search", searchRoute, "/api/search?q=oom", BAD_AUTH)).status).toBe(401);

    const byBody = await call("searchByBody", searchByBodyRoute, "/api/search", json({ q: "upstream connect error or disconnect/reset before headers", limit: 10 }));
    expect(byBody.status).toBe(200);
    expect(new Set((JSON.parse(byBody.text) as { results: { type: string }[] }).results.map((r) => r.type))).toEqual(new Set(["runbook", "incident"]));
    expect((await call("searchByBody", searchByBodyRoute, "/api/search", json({ q: "oom", limit: 500 }))).status).toBe(400);
    expect((await call("searchByBody", searchByBodyRoute, "/api/search", { body: "q=oom", headers: { "content-type": "text/plain" } })).status).toBe(415);
    expect((await call("searchByBody", searchByBodyRoute, "/api/search", json({ q: "x".repeat(1_100_000) }))).status).toBe(413);
    expect((await call("searchByBody", searchByBodyRoute, "/api/search", json({ q: "oom" }, BAD_AUTH.headers))).status).toBe(401);
  });

  it("a query parameter an operation does not take answers 400 naming it (a misspelt filter used to answer with every row); the webhook takes any", async () => {
    const id = String(JSON.parse((await call("createIncident", createRoute, "/api/incidents", json(newIncident()))).text).id);
    const withId = { params: { id } };
    const refused: [string, Handler, string, RequestInit & { params?: Record<string, string> }][] = [
      ["listIncidents", listRoute, "/api/incidents?severty=SEV1", {}],
      ["exportIncidents", exportRoute, "/api/incidents/export?format=csv&severty=SEV1", {}],
      ["getIncident", getRoute, `/api/incidents/${id}?severty=SEV1`, withId],
      ["getPostmortem", postmortemRoute, `/api/incidents/${id}/postmortem?severty=SEV1`, withId],
      ["draftRunbook", draftRoute, `/api/incidents/${id}/runbook-draft?severty=SEV1`, withId],
      ["draftRunbookFromIncidents", mergedDraftRoute, `/api/runbook-drafts?incident=${id}&severty=SEV1`, {}],
      ["getRunbookIncidentSummary", runbookIncidentsRoute, "/api/runbooks/pod-crashloopbackoff/incidents?severty=SEV1", { params: { slug: "pod-crashloopbackoff" } }],
      ["listRunbooks", runbooksRoute, "/api/runbooks?severty=SEV1", {}],
      ["search", searchRoute, "/api/search?q=oom&severty=SEV1", {}],
      ["createIncident", createRoute, "/api/incidents?severty=SEV1", json(newIncident())],
      ["updateIncident", patchRoute, `/api/incidents/${id}?severty=SEV1`, { ...json({ title: "renamed" }), ...withId }],
      ["addIncidentNote", eventsRoute, `/api/incidents/${id}/events?severty=SEV1`, { ...json({ message: "a note", author: "bob" }), ...withId }],
      // The routes outside apiRoute took any parameter with a 200 (the document was prerendered: it never saw one).
      ["getMe", meRoute, "/api/me?severty=SEV1", {}],
      ["getHealth", healthRoute, "/api/health?severty=SEV1", {}],
      ["getLiveness", liveRoute, "/api/health/live?severty=SEV1", {}],
      ["getReadiness", readyRoute, "/api/health/ready?severty=SEV1", {}],
      ["getOpenApiDocument", openApiRoute, "/api/openapi.json?severty=SEV1", {}],
    ];
    const count = async () => (JSON.parse((await call("listIncidents", listRoute, "/api/incidents?limit=100")).text) as { items: unknown[] }).items.length;
    const before = await count();
    for (const [operationId, handler, url, init] of refused) {
      const answer = await call(operationId, handler, url, init);
      expect(answer.status, `${operationId}: ${answer.text}`).toBe(400);
      const { error } = JSON.parse(answer.text) as { error: { code: string; message: string; fields: Record<string, string> } };
      expect(error.code).toBe("invalid_input");
      expect(Object.keys(error.fields), operationId).toEqual(["severty"]);
      expect(error.fields.severty).toContain(operationId === "listIncidents" || operationId === "exportIncidents" ? "(did you mean severity?)" : "Unknown query parameter");
    }
    expect(await count(), "a refused create stored nothing").toBe(before);
    // Export is every match: paging parameters were taken and ignored, and are now refused.
    for (const paging of ["limit=5", "cursor=abc"]) {
      const answer = await call("exportIncidents", exportRoute, `/api/incidents/export?format=json&${paging}`);
      expect(answer.status, paging).toBe(400);
      expect(Object.keys((JSON.parse(answer.text) as { error: { fields: Record<string, string> } }).error.fields)).toEqual([paging.split("=")[0]]);
    }
    // Alertmanager drops a delivery answered with a 4xx instead of retrying it: the webhook ignores the query string.
    const payload = readFileSync(path.resolve("tests/fixtures/alertmanager/firing.json"), "utf8");
    expect((await call("receiveAlertmanagerWebhook", alertmanagerRoute, "/api/alerts/alertmanager?team=sre", { body: payload, headers: { "content-type": "application/json" } })).status).toBe(200);
  });

  it("a body field an operation does not take answers 400 naming it, with the schema's own problems; nothing changes; the webhook takes any", async () => {
    const created = JSON.parse((await call("createIncident", createRoute, "/api/incidents", json(newIncident()))).text) as { id: number; version: number; title: string; namespace: string };
    const id = String(created.id);
    const count = async () => (JSON.parse((await call("listIncidents", listRoute, "/api/incidents?limit=100")).text) as { items: unknown[] }).items.length;
    const before = await count();
    type Answer = { error: { code: string; message: string; fields: Record<string, string> } };

    // A misspelt optional field was dropped and the incident created without it.
    const { namespace: _namespace, ...withoutNamespace } = newIncident();
    const create = await call("createIncident", createRoute, "/api/incidents", json({ ...withoutNamespace, namespce: "shop" }));
    expect(create.status, create.text).toBe(400);
    expect((JSON.parse(create.text) as Answer).error.fields).toEqual({ namespce: expect.stringContaining("(did you mean namespace?)") });
    expect(await count()).toBe(before);

    // The fields of a read, sent back whole.
    const readBack = JSON.parse((await call("getIncident", getRoute, `/api/incidents/${id}`, { params: { id } })).text) as Record<string, unknown>;
    const patch = await call("updateIncident", patchRoute, `/api/incidents/${id}`, { ...json({ ...readBack, title: "renamed" }), params: { id } });
    expect(patch.status, patch.text).toBe(400);
    expect(Object.keys((JSON.parse(patch.text) as Answer).error.fields)).toEqual(expect.arrayContaining(["id", "createdAt"]));
    const after = JSON.parse((await call("getIncident", getRoute, `/api/incidents/${id}`, { params: { id } })).text) as { title: string; version: number };
    expect(after).toMatchObject({ title: created.title, version: created.version });

    // An unknown field and a missing one: both in one answer.
    const note = await call("addIncidentNote", eventsRoute, `/api/incidents/${id}/events`, { ...json({ mesage: "rolled back", author: "bob" }), params: { id } });
    expect(note.status).toBe(400);
    const noteError = (JSON.parse(note.text) as Answer).error;
    expect(noteError.fields.mesage).toContain("(did you mean message?)");
    expect(noteError.fields.message).toBeDefined();

    // Alertmanager sends fields Triage does not read; a delivery with one more is still stored.
    const payload = JSON.parse(readFileSync(path.resolve("tests/fixtures/alertmanager/firing.json"), "utf8")) as Record<string, unknown>;
    expect((await call("receiveAlertmanagerWebhook", alertmanagerRoute, "/api/alerts/alertmanager", json({ ...payload, addedInAFutureVersion: true }))).status).toBe(200);
  });

  it("the runbook list", async () => {
    const listed = await call("listRunbooks", runbooksRoute, "/api/runbooks");
    expect(listed.status).toBe(200);
    expect((JSON.parse(listed.text) as { runbooks: unknown[] }).runbooks.length).toBeGreaterThan(10);
    expect((await call("listRunbooks", runbooksRoute, "/api/runbooks", BAD_AUTH)).status).toBe(401);
    expect((await call("listRunbooks", runbooksRoute, "/api/runbooks", { headers: { authorization: "Bearer not-a-token" } })).status).toBe(401);
  });

  it("health, liveness and readiness: up, down, and what a token sees", async () => {
    setEnv({ TRIAGE_API_TOKEN: TOKEN });
    const withToken = { headers: { authorization: `Bearer ${TOKEN}` } };
    expect(JSON.parse((await call("getHealth", healthRoute, "/api/health")).text)).toEqual({ status: "ok" });
    const details = await call("getHealth", healthRoute, "/api/health", withToken);
    expect(JSON.parse(details.text).database.migrations.upToDate).toBe(true);
    expect((await call("getLiveness", liveRoute, "/api/health/live")).status).toBe(200);
    expect((await call("getReadiness", readyRoute, "/api/health/ready")).status).toBe(200);

    database.down = true;
    const down = await call("getHealth", healthRoute, "/api/health");
    expect([down.status, JSON.parse(down.text)]).toEqual([503, { status: "unavailable" }]);
    const downDetails = await call("getHealth", healthRoute, "/api/health", withToken);
    expect(JSON.parse(downDetails.text).reason).toContain("simulated outage");
    expect((await call("getReadiness", readyRoute, "/api/health/ready")).status).toBe(503);
    // Liveness does not touch the database.
    expect((await call("getLiveness", liveRoute, "/api/health/live")).status).toBe(200);
  });

  it("/api/me and the break-glass sign-in", async () => {
    expect(JSON.parse((await call("getMe", meRoute, "/api/me")).text)).toMatchObject({ kind: "anonymous", breakGlass: false });
    expect((await call("getMe", meRoute, "/api/me", BAD_AUTH)).status).toBe(401);

    const signIn = (body: unknown, headers: Record<string, string>) => call("signInBreakGlass", breakGlassRoute, "/api/auth/break-glass", json(body, headers));
    expect((await signIn(ADMIN, sameSite("192.0.2.10"))).status).toBe(404);

    setEnv({ TRIAGE_AUTH_SECRET: SECRET, TRIAGE_ADMIN_EMAIL: ADMIN.email, TRIAGE_ADMIN_PASSWORD_HASH: await hashPassword(ADMIN.password) });
    vi.spyOn(console, "warn").mockImplementation(() => {});
    expect((await signIn(ADMIN, { "x-triage-peer": "192.0.2.10" })).status).toBe(403);
    expect((await signIn({ email: ADMIN.email }, sameSite("192.0.2.10"))).status).toBe(400);
    // Each refused at its own name, as elsewhere (an unknown field or parameter went on to the limiter; a long password was "required").
    const fieldsOf = async (answer: Promise<{ status: number; text: string }>) => {
      const { status, text } = await answer;
      expect(status).toBe(400);
      return (JSON.parse(text) as { error: { fields: Record<string, string> } }).error.fields;
    };
    expect(await fieldsOf(signIn({ ...ADMIN, extra: 1 }, sameSite("192.0.2.11")))).toEqual({ extra: expect.stringContaining("extra") });
    expect(await fieldsOf(call("signInBreakGlass", breakGlassRoute, "/api/auth/break-glass?x=1", json(ADMIN, sameSite("192.0.2.11"))))).toEqual({ x: expect.stringContaining("x") });
    expect(await fieldsOf(signIn({ email: 1, password: "p" }, sameSite("192.0.2.11")))).toEqual({ email: "Email must be text" });
    expect(await fieldsOf(signIn({ email: ADMIN.email, password: "p".repeat(2000) }, sameSite("192.0.2.11")))).toEqual({ password: "Password must be at most 1024 characters" });
    expect((await call("signInBreakGlass", breakGlassRoute, "/api/auth/break-glass", { body: "x", headers: { "content-type": "text/plain", ...sameSite("192.0.2.10") } })).status).toBe(415);
    expect((await signIn({ ...ADMIN, password: "wrong" }, sameSite("192.0.2.10"))).status).toBe(401);
    const signedIn = await call("signInBreakGlass", breakGlassRoute, "/api/auth/break-glass", json(ADMIN, sameSite("192.0.2.10")));
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    expect(cookie).toContain("session_token");

    // The session: /api/me names the admin, /api/health shows it the details.
    expect(JSON.parse((await call("getMe", meRoute, "/api/me", { headers: { cookie } })).text)).toMatchObject({ kind: "user", role: "admin", canSignOut: true, breakGlass: true });
    expect(JSON.parse((await call("getHealth", healthRoute, "/api/health", { headers: { cookie } })).text).database.kind).toBe(kind);

    for (let i = 0; i < 5; i++) expect((await signIn({ ...ADMIN, password: `guess-${i}` }, sameSite("192.0.2.99"))).status).toBe(401);
    expect((await signIn(ADMIN, sameSite("192.0.2.99"))).status).toBe(429);
  });

  it("the document itself", async () => {
    expect((await call("getOpenApiDocument", openApiRoute, "/api/openapi.json")).status).toBe(200);
  });
});
