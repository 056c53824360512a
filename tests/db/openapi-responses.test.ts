import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as alertmanagerRoute } from "@/app/api/alerts/alertmanager/route";
import { POST as eventsRoute } from "@/app/api/incidents/[id]/events/route";
import { GET as postmortemRoute } from "@/app/api/incidents/[id]/postmortem/route";
import { GET as getRoute, PATCH as patchRoute } from "@/app/api/incidents/[id]/route";
import { GET as draftRoute } from "@/app/api/incidents/[id]/runbook-draft/route";
import { GET as exportRoute } from "@/app/api/incidents/export/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/incidents/route";
import { GET as openApiRoute } from "@/app/api/openapi.json/route";
import { GET as mergedDraftRoute } from "@/app/api/runbook-drafts/route";
import { GET as runbookIncidentsRoute } from "@/app/api/runbooks/[slug]/incidents/route";
import { getConfig } from "@/lib/config/env";
import { resetDatabase } from "@/lib/db/reset-database";
import { API_OPERATIONS } from "@/lib/openapi/api-operations";
import type { OpenApiDocument } from "@/lib/openapi/build-openapi-document";

/**
 * Every operation's real answers, success and error, validated against the
 * served OpenAPI document with a JSON Schema 2020-12 validator (Ajv), on
 * SQLite and PostgreSQL. An answer whose status the document does not list
 * fails too, and so does an operation left without a checked success and error.
 */

const kind = getConfig().database.kind;
type Handler = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;
const DOC_ID = "https://triage.invalid/openapi.json";
const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

let document: OpenApiDocument;
const ajv = new Ajv2020({ strict: false, allErrors: true });
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
  return { status: response.status, text };
}

const json = (body: unknown, extra: Record<string, string> = {}): RequestInit => ({ body: JSON.stringify(body), headers: { "content-type": "application/json", ...extra } });
const BAD_AUTH = { headers: { authorization: "Basic nope" } };

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
    document = (await openApiRoute().json()) as OpenApiDocument;
    ajv.addSchema(document as object, DOC_ID);
  });

  afterAll(() => {
    // Each operation had a success and an error checked.
    for (const op of API_OPERATIONS) {
      const statuses = [...(covered.get(op.operationId) ?? [])];
      expect(statuses.some((s) => s < 300), `${op.operationId}: no success checked`).toBe(true);
      expect(statuses.some((s) => s >= 400), `${op.operationId}: no error checked`).toBe(true);
    }
  });

  it("is an OpenAPI 3.1 document whose schemas compile and whose refs resolve", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).length).toBe(new Set(API_OPERATIONS.map((o) => o.path)).size);
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    for (const ref of refs) expect(document.components.schemas[ref], ref).toBeDefined();
    const codes = (document.components.schemas.Error as { properties: { error: { properties: { code: { enum: string[] } } } } }).properties.error.properties.code.enum;
    expect(codes).toContain("not_found");
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
});
