import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GET as getIncidentRoute, PATCH } from "@/app/api/incidents/[id]/route";
import { POST as postEvent } from "@/app/api/incidents/[id]/events/route";
import { GET as listRoute, POST } from "@/app/api/incidents/route";
import { getConfig, resetConfigForTests } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { resetDatabase } from "@/lib/db/reset-database";
import type { IncidentDetailDto, IncidentDto, IncidentEventDto } from "@/lib/incidents/incident-dto";

const kind = getConfig().database.kind;
const TOKEN = "test-token-0123456789abcdef";
const HOUR = 3600_000;

function request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`http://localhost/api/incidents${path}`, {
    method,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
  });
}
const params = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });

interface ErrorBody {
  error: { code: string; message: string; fields: Record<string, string> };
}

const valid = () => ({
  title: "Checkout 502s",
  severity: "SEV2",
  service: "checkout",
  environment: "prod-eks-1",
  reporter: "alice",
  startedAt: new Date(Date.now() - 2 * HOUR).toISOString(),
  phenomenon: "502 from the ingress",
  runbooks: ["pod-crashloopbackoff"],
});

async function create(overrides: Record<string, unknown> = {}): Promise<IncidentDto> {
  const response = await POST(request("POST", "", { ...valid(), ...overrides }));
  expect(response.status).toBe(201);
  return response.json();
}

async function detail(id: number): Promise<IncidentDetailDto> {
  const response = await getIncidentRoute(request("GET", `/${id}`), params(id));
  expect(response.status).toBe(200);
  return response.json();
}

async function patch(id: number, body: unknown, headers: Record<string, string> = {}) {
  const response = await PATCH(request("PATCH", `/${id}`, body, headers), params(id));
  return { status: response.status, body: await response.json() };
}

describe(`incidents API on ${kind}`, () => {
  beforeEach(resetDatabase);
  afterEach(() => {
    delete process.env.TRIAGE_API_TOKEN;
    resetConfigForTests();
  });

  describe("POST /api/incidents", () => {
    it("201 with the incident, its id at the top level, its links and opening events", async () => {
      const response = await POST(request("POST", "", { ...valid(), host: "", startedAt: "2026-11-20T09:00:00+01:00" }));
      expect(response.status).toBe(201);
      const incident: IncidentDto = await response.json();
      expect(incident).toMatchObject({
        title: "Checkout 502s",
        severity: "SEV2",
        status: "open",
        source: "api",
        host: null,
        startedAt: "2026-11-20T08:00:00.000Z",
        version: 1,
        runbooks: ["pod-crashloopbackoff"],
        runbookLinks: [{ slug: "pod-crashloopbackoff", fixWorked: null }],
        timeToResolveMs: null,
        alertname: null,
      });
      expect(Number.isInteger(incident.id)).toBe(true);
      const { events } = await detail(incident.id);
      expect(events.map((e) => [e.kind, e.author])).toEqual([
        ["created", "alice"],
        ["runbook_linked", "alice"],
      ]);
    });

    it("logs a resolved incident with its time to resolve, and keeps the form's source", async () => {
      const startedAt = new Date(Date.now() - 3 * HOUR);
      const resolvedAt = new Date(startedAt.getTime() + 90 * 60_000);
      const incident = await create({ status: "resolved", result: "Rolled back", source: "manual", startedAt: startedAt.toISOString(), resolvedAt: resolvedAt.toISOString() });
      expect(incident).toMatchObject({ status: "resolved", source: "manual", resolvedAt: resolvedAt.toISOString(), timeToResolveMs: 90 * 60_000 });
    });

    it("400 with a message per field; nothing stored", async () => {
      const response = await POST(request("POST", "", { ...valid(), title: " ", severity: "P1", startedAt: "2026-11-20 09:00" }));
      expect(response.status).toBe(400);
      const body: ErrorBody = await response.json();
      expect(body.error.code).toBe("invalid_input");
      expect(Object.keys(body.error.fields).sort()).toEqual(["severity", "startedAt", "title"]);
      expect(body.error.fields.title).toBe("Title is required");
      expect(await db().incident.count()).toBe(0);
    });

    it("400 at runbooks for a slug that does not exist; nothing stored", async () => {
      const response = await POST(request("POST", "", { ...valid(), runbooks: ["pod-pending", "no-such-runbook"] }));
      expect(response.status).toBe(400);
      const body: ErrorBody = await response.json();
      expect(body.error.fields).toEqual({ runbooks: 'No runbook "no-such-runbook": it may have been renamed or removed' });
      expect(await db().incident.count()).toBe(0);
    });

    it("400 at result when logging a resolved incident without one", async () => {
      const response = await POST(request("POST", "", { ...valid(), status: "resolved" }));
      expect(response.status).toBe(400);
      expect(Object.keys(((await response.json()) as ErrorBody).error.fields)).toEqual(["result"]);
    });

    it("415 for a body that is not declared JSON, 400 for JSON that does not parse", async () => {
      const form = await POST(request("POST", "", "title=x", { "content-type": "application/x-www-form-urlencoded" }));
      expect(form.status).toBe(415);
      expect(((await form.json()) as ErrorBody).error.code).toBe("unsupported_media_type");
      const broken = await POST(request("POST", "", "{ not json"));
      expect(broken.status).toBe(400);
      expect(((await broken.json()) as ErrorBody).error.code).toBe("invalid_json");
    });

    it("413 for a body over 1 MiB; nothing stored", async () => {
      const response = await POST(request("POST", "", { ...valid(), phenomenon: "x".repeat(1024 * 1024) }));
      expect(response.status).toBe(413);
      expect(((await response.json()) as ErrorBody).error.code).toBe("payload_too_large");
      expect(await db().incident.count()).toBe(0);
    });
  });

  describe("bearer token (TRIAGE_API_TOKEN set)", () => {
    beforeEach(() => {
      process.env.TRIAGE_API_TOKEN = TOKEN;
      resetConfigForTests();
    });

    it("401 for writes without the token or with a wrong one, before reading the body (a valid token with a body that is not JSON gets 415)", async () => {
      const attempts: Record<string, string>[] = [{}, { authorization: "Bearer wrong-token-0123456789" }, { authorization: `Basic ${TOKEN}` }, { authorization: `Bearer ${TOKEN}x` }];
      for (const headers of attempts) {
        const response = await POST(request("POST", "", valid(), headers));
        expect(response.status).toBe(401);
        expect(response.headers.get("www-authenticate")).toMatch(/^Bearer realm="triage"/);
        expect(((await response.json()) as ErrorBody).error.code).toBe("unauthorized");
      }
      expect((await POST(request("POST", "", "not json", { "content-type": "text/plain" }))).status).toBe(401);
      expect(await db().incident.count()).toBe(0);
    });

    it("accepts the token on every write, naming it as the author; reads stay open", async () => {
      const auth = { authorization: `Bearer ${TOKEN}` };
      const { reporter: _typed, ...withoutReporter } = valid();
      const created = await POST(request("POST", "", withoutReporter, auth));
      expect(created.status).toBe(201);
      const { id, reporter } = (await created.json()) as IncidentDto;
      expect(reporter).toBe("TRIAGE_API_TOKEN");

      expect((await patch(id, { status: "mitigated" })).status).toBe(401);
      expect((await patch(id, { status: "mitigated" }, auth)).status).toBe(200);
      expect((await postEvent(request("POST", `/${id}/events`, { author: "a", message: "m" }), params(id))).status).toBe(401);
      expect((await postEvent(request("POST", `/${id}/events`, { message: "m" }, auth), params(id))).status).toBe(201);
      const { events } = await detail(id);
      expect(events.map((e) => [e.author, e.via])).toEqual(Array(events.length).fill(["TRIAGE_API_TOKEN", "api:TRIAGE_API_TOKEN"]));

      // A typed name from a known actor is refused, not silently replaced.
      const typed = await POST(request("POST", "", valid(), auth));
      expect(typed.status).toBe(400);
      expect(((await typed.json()) as ErrorBody).error.fields.reporter).toMatch(/^Leave reporter out/);

      expect((await listRoute(request("GET", ""))).status).toBe(200);
      expect((await getIncidentRoute(request("GET", `/${id}`), params(id))).status).toBe(200);
    });
  });

  describe("GET /api/incidents/{id}", () => {
    it("404 for an unknown or impossible id", async () => {
      for (const id of ["999999", "abc", "0", "1.5", "99999999999"]) {
        const response = await getIncidentRoute(request("GET", `/${id}`), params(id));
        expect(response.status).toBe(404);
        expect(((await response.json()) as ErrorBody).error.code).toBe("not_found");
      }
    });
  });

  describe("PATCH /api/incidents/{id}", () => {
    it("mitigate, resolve (result required) and reopen, each with its time and event", async () => {
      const { id } = await create();
      const mitigated = await patch(id, { status: "mitigated", author: "bob", version: 1 });
      expect(mitigated.status).toBe(200);
      expect(mitigated.body).toMatchObject({ status: "mitigated", version: 2, resolvedAt: null });
      expect(mitigated.body.mitigatedAt).not.toBeNull();

      const refused = await patch(id, { status: "resolved" });
      expect(refused.status).toBe(400);
      expect(Object.keys(refused.body.error.fields)).toEqual(["result"]);
      expect((await detail(id)).status).toBe("mitigated");

      const resolved = await patch(id, { status: "resolved", result: "Raised the memory limit", author: "bob" });
      expect(resolved.body).toMatchObject({ status: "resolved", version: 3, result: "Raised the memory limit", mitigatedAt: mitigated.body.mitigatedAt });
      expect(resolved.body.timeToResolveMs).toBeGreaterThan(2 * HOUR - 60_000);

      const reopened = await patch(id, { status: "open", author: "carol" });
      expect(reopened.body).toMatchObject({ status: "open", version: 4, resolvedAt: null, timeToResolveMs: null, mitigatedAt: mitigated.body.mitigatedAt });

      const events = (await detail(id)).events.filter((e) => e.kind !== "created" && e.kind !== "runbook_linked");
      expect(events.map((e) => [e.kind, e.author, e.message])).toEqual([
        ["status_changed", "bob", "Status changed from open to mitigated"],
        ["status_changed", "bob", "Status changed from mitigated to resolved"],
        ["edited", "bob", "Edited result"],
        ["status_changed", "carol", "Status changed from resolved to open"],
      ]);
    });

    it("edits fields with one edited event; a patch that changes nothing keeps the version", async () => {
      const { id } = await create();
      const edited = await patch(id, { title: "Checkout 503s", severity: "SEV1", host: "node-7" });
      expect(edited.body).toMatchObject({ title: "Checkout 503s", severity: "SEV1", host: "node-7", version: 2 });
      const same = await patch(id, { title: "Checkout 503s" });
      expect(same.body.version).toBe(2);
      const events = (await detail(id)).events.filter((e) => e.kind === "edited");
      // Anonymous (sign-in off) and no author given: recorded as anonymous, via the API.
      expect(events.map((e) => [e.author, e.via, e.message])).toEqual([["anonymous", "api", "Edited title, severity, host"]]);
    });

    it("links, unlinks and records whether a runbook's fix worked", async () => {
      const { id } = await create();
      const linked = await patch(id, { runbooks: ["pod-crashloopbackoff", "pod-pending"], runbookFeedback: [{ slug: "pod-crashloopbackoff", fixWorked: true }] });
      expect(linked.body.runbookLinks).toEqual([
        expect.objectContaining({ slug: "pod-crashloopbackoff", fixWorked: true }),
        expect.objectContaining({ slug: "pod-pending", fixWorked: null }),
      ]);
      const unlinked = await patch(id, { runbooks: ["pod-pending"] });
      expect(unlinked.body.runbooks).toEqual(["pod-pending"]);
      expect(await db().incidentRunbook.count()).toBe(1);

      const notLinked = await patch(id, { runbookFeedback: [{ slug: "pod-crashloopbackoff", fixWorked: false }] });
      expect(notLinked.status).toBe(400);
      expect(Object.keys(notLinked.body.error.fields)).toEqual(["runbookFeedback"]);
      const unknown = await patch(id, { runbooks: ["no-such-runbook"] });
      expect(unknown.status).toBe(400);
      expect(Object.keys(unknown.body.error.fields)).toEqual(["runbooks"]);

      const kinds = (await detail(id)).events.map((e) => `${e.kind} ${e.message}`);
      expect(kinds).toEqual([
        "created Incident logged: Checkout 502s",
        "runbook_linked Linked runbook pod-crashloopbackoff",
        "runbook_linked Linked runbook pod-pending",
        "runbook_feedback Runbook pod-crashloopbackoff: the fix worked",
        "runbook_unlinked Unlinked runbook pod-crashloopbackoff",
      ]);
    });

    it("409 for a stale version; the stored incident is untouched", async () => {
      const { id } = await create();
      expect((await patch(id, { title: "First", version: 1 })).status).toBe(200);
      const stale = await patch(id, { title: "Second", version: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe("conflict");
      expect(await detail(id)).toMatchObject({ title: "First", version: 2 });
    });

    it("two concurrent edits of the same version: exactly one wins", async () => {
      const { id } = await create();
      const results = await Promise.all([patch(id, { title: "A", version: 1 }), patch(id, { title: "B", version: 1 })]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = results.find((r) => r.status === 200)!.body as IncidentDto;
      expect(await detail(id)).toMatchObject({ title: winner.title, version: 2 });
    });

    it("concurrent edits without a version are all applied, none lost", async () => {
      const { id } = await create();
      const results = await Promise.all([patch(id, { title: "A" }), patch(id, { severity: "SEV1" }), patch(id, { service: "payments" })]);
      expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
      expect(await detail(id)).toMatchObject({ title: "A", severity: "SEV1", service: "payments", version: 4 });
    });

    it("400 for an empty patch, 404 for an unknown incident", async () => {
      const { id } = await create();
      const empty = await patch(id, { version: 1 });
      expect(empty.status).toBe(400);
      expect(empty.body.error.message).toMatch(/^Nothing to update/);
      expect((await patch(424242, { title: "x" })).status).toBe(404);
    });
  });

  describe("POST /api/incidents/{id}/events", () => {
    it("201 with the note; it joins the timeline without bumping the version", async () => {
      const { id } = await create();
      const response = await postEvent(request("POST", `/${id}/events`, { author: "dave", message: "Paged the DB team" }), params(id));
      expect(response.status).toBe(201);
      const event: IncidentEventDto = await response.json();
      expect(event).toMatchObject({ kind: "note_added", author: "dave", message: "Paged the DB team" });
      const incident = await detail(id);
      expect(incident.events.at(-1)).toEqual(event);
      expect(incident.version).toBe(1);
    });

    it("400 without a message, 404 for an unknown incident", async () => {
      const { id } = await create();
      const empty = await postEvent(request("POST", `/${id}/events`, { author: "dave", message: "" }), params(id));
      expect(empty.status).toBe(400);
      expect(((await empty.json()) as ErrorBody).error.fields).toEqual({ message: "Note is required" });
      expect((await postEvent(request("POST", "/424242/events", { author: "a", message: "m" }), params(424242))).status).toBe(404);
    });
  });
});
