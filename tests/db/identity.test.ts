import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as deliverRoute } from "@/app/api/alerts/alertmanager/route";
import { PATCH } from "@/app/api/incidents/[id]/route";
import { POST as postEvent } from "@/app/api/incidents/[id]/events/route";
import { GET as listRoute, POST } from "@/app/api/incidents/route";
import { GET as runbooksRoute } from "@/app/api/runbooks/route";
import { POST as searchByBody, GET as searchRoute } from "@/app/api/search/route";
import { apiTokenCreateSchema } from "@/lib/auth/api-token-schemas";
import { resetAuthForTests } from "@/lib/auth/better-auth";
import { createApiToken } from "@/lib/auth/create-api-token";
import { listApiTokens } from "@/lib/auth/list-api-tokens";
import { resolveRequestContext } from "@/lib/auth/request-context";
import { revokeApiToken } from "@/lib/auth/revoke-api-token";
import { hashPassword } from "@/lib/auth/password-hash";
import { signInBreakGlass } from "@/lib/auth/sign-in-break-glass";
import { getConfig, resetConfigForTests } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { resetDatabase } from "@/lib/db/reset-database";
import { getIncident } from "@/lib/incidents/get-incident";
import { HttpError } from "@/lib/http/http-error";
import { anonymousEditor, userContext, viewerContext } from "../support/actors";

/**
 * Sign-in, roles and tokens against a real database: each role on each write
 * path (REST, server actions, webhook), tokens from creation to revocation,
 * and the author on every event being the real actor.
 */

const kind = getConfig().database.kind;
const FIXTURE = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../fixtures/alertmanager/firing.json"), "utf8"));
const SECRET = "test-secret-0123456789abcdef0123456789";
const TRUSTED_PEER = "10.0.0.2";

/** Server actions read next/headers; each test sets what the "browser" sends. */
const incoming = { headers: new Headers() };
vi.mock("next/headers", () => ({ headers: async () => incoming.headers }));
// The admin actions refresh the admin page after a change; outside a Next request that is only recorded.
const revalidated: string[] = [];
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => revalidated.push(path) }));
const actions = await import("@/app/(ops)/incidents/actions");
const adminActions = await import("@/app/(admin)/admin/actions");

function setEnv(env: Record<string, string>) {
  for (const key of Object.keys(process.env)) if (key.startsWith("TRIAGE_")) delete process.env[key];
  Object.assign(process.env, env);
  resetConfigForTests();
  resetAuthForTests();
}

const PROXY_ENV = { TRIAGE_AUTH: "proxy", TRIAGE_TRUSTED_PROXIES: "10.0.0.0/8", TRIAGE_ROLE_MAP: "sre=responder,platform-admins=admin", TRIAGE_DEFAULT_ROLE: "viewer" };

/** What a trusted oauth2-proxy sends for a user in these groups. */
const proxyUser = (email: string, groups: string) => ({ "x-triage-peer": TRUSTED_PEER, "x-forwarded-email": email, "x-forwarded-groups": groups });

const incident = () => ({ title: "Checkout 502s", severity: "SEV2", service: "checkout", environment: "prod", startedAt: new Date(Date.now() - 3600_000).toISOString() });

function req(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
  return new Request(`http://triage.test${url}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
  });
}
const params = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });

async function seedIncident(): Promise<number> {
  const { createIncident } = await import("@/lib/incidents/create-incident");
  const { incidentCreateSchema } = await import("@/lib/incidents/incident-schemas");
  return (await createIncident(anonymousEditor(), incidentCreateSchema.parse({ ...incident(), reporter: "seed" }))).id;
}

describe(`sign-in, roles and tokens on ${kind}`, () => {
  beforeEach(async () => {
    await resetDatabase();
    setEnv({});
  });
  afterEach(() => {
    setEnv({});
    vi.restoreAllMocks();
  });

  describe("proxy mode: each role on each write path", () => {
    beforeEach(() => setEnv(PROXY_ENV));

    const cases = [
      ["viewer", "readers", 403],
      ["responder", "sre", null],
      ["admin", "platform-admins", null],
    ] as const;

    it("a webhook delivery posted by a signed-in person is recorded under their name (it said alertmanager)", async () => {
      const delivered = await deliverRoute(req("POST", "/api/alerts/alertmanager", FIXTURE, proxyUser("rita@example.com", "sre")));
      expect(delivered.status).toBe(200);
      const { created } = (await delivered.json()) as { created: number[] };
      const stored = await getIncident(viewerContext(), created[0]);
      expect(stored.reporter).toBe("rita@example.com");
      expect(stored.events.map((e) => [e.kind, e.author, e.via])).toContainEqual(["alert_fired", "rita@example.com", "webhook"]);
    });

    for (const [role, group, refused] of cases) {
      it(`${role}: REST create, patch, note`, async () => {
        const id = await seedIncident();
        const who = proxyUser(`${role}@example.com`, group);
        const created = await POST(req("POST", "/api/incidents", incident(), who));
        const patched = await PATCH(req("PATCH", `/api/incidents/${id}`, { status: "mitigated" }, who), params(id));
        const noted = await postEvent(req("POST", `/api/incidents/${id}/events`, { message: "looking" }, who), params(id));
        expect([created.status, patched.status, noted.status]).toEqual(refused ? [refused, refused, refused] : [201, 200, 201]);
        if (refused) {
          expect(((await created.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: "forbidden", message: expect.stringContaining("role viewer") });
          expect(await db().incidentEvent.count({ where: { incidentId: id } })).toBe(1);
          return;
        }
        const { reporter } = (await created.json()) as { reporter: string };
        expect(reporter).toBe(`${role}@example.com`);
        const events = (await getIncident(viewerContext(), id)).events.slice(1);
        expect(events.map((e) => [e.kind, e.author, e.via])).toEqual([
          ["status_changed", `${role}@example.com`, "api"],
          ["note_added", `${role}@example.com`, "api"],
        ]);
      });

      it(`${role}: server actions (same origin), and a forged Origin is 403 whatever the role`, async () => {
        const id = await seedIncident();
        incoming.headers = new Headers({ host: "triage.test", origin: "http://triage.test", ...proxyUser(`${role}@example.com`, group) });
        const created = await actions.createIncidentAction(incident());
        const patched = await actions.updateIncidentAction(id, { severity: "SEV1" });
        const noted = await actions.addIncidentNoteAction(id, { message: "from the UI" });
        const statuses = [created, patched, noted].map((r) => (r.ok ? 200 : r.status));
        expect(statuses).toEqual(refused ? [refused, refused, refused] : [200, 200, 200]);
        if (!refused) {
          const events = (await getIncident(viewerContext(), id)).events.slice(1);
          expect(events.map((e) => [e.author, e.via])).toEqual([
            [`${role}@example.com`, "web"],
            [`${role}@example.com`, "web"],
          ]);
        }

        vi.spyOn(console, "warn").mockImplementation(() => {});
        for (const origin of [undefined, "https://evil.example"]) {
          incoming.headers = new Headers({ host: "triage.test", ...(origin ? { origin } : {}), ...proxyUser(`${role}@example.com`, group) });
          expect(await actions.addIncidentNoteAction(id, { message: "forged" })).toMatchObject({ ok: false, status: 403, error: { code: "forbidden" } });
        }
        expect((await getIncident(viewerContext(), id)).events.some((e) => e.message === "forged")).toBe(false);
      });

      it(`${role}: Alertmanager webhook`, async () => {
        const response = await deliverRoute(req("POST", "/api/alerts/alertmanager", FIXTURE, proxyUser(`${role}@example.com`, group)));
        expect(response.status).toBe(refused ?? 200);
        expect(await db().incident.count()).toBe(refused ? 0 : 1);
      });
    }

    it("anonymous requests are 401 for reads and writes", async () => {
      expect((await listRoute(req("GET", "/api/incidents"))).status).toBe(401);
      expect((await POST(req("POST", "/api/incidents", { ...incident(), reporter: "me" }))).status).toBe(401);
      expect((await deliverRoute(req("POST", "/api/alerts/alertmanager", FIXTURE))).status).toBe(401);
      incoming.headers = new Headers({ host: "triage.test", origin: "http://triage.test" });
      expect(await actions.createIncidentAction({ ...incident(), reporter: "me" })).toMatchObject({ ok: false, status: 401 });
    });

    it("spoofed identity headers from an untrusted address are refused with 403 and logged", async () => {
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      for (const peer of [undefined, "127.0.0.1", "192.0.2.10"]) {
        const headers = { "x-forwarded-email": "admin@example.com", "x-forwarded-groups": "platform-admins", ...(peer ? { "x-triage-peer": peer } : {}) };
        const response = await listRoute(req("GET", "/api/incidents", undefined, headers));
        expect(response.status).toBe(403);
      }
      expect(warn).toHaveBeenCalledWith(expect.stringContaining("refused identity headers (x-forwarded-email, x-forwarded-groups) from 127.0.0.1"));
    });

    it("a known actor may not pick another author or rewrite the reporter", async () => {
      const id = await seedIncident();
      const who = proxyUser("ana@example.com", "sre");
      const renamed = await PATCH(req("PATCH", `/api/incidents/${id}`, { reporter: "someone-else" }, who), params(id));
      expect(renamed.status).toBe(400);
      const noted = await postEvent(req("POST", `/api/incidents/${id}/events`, { author: "bob", message: "m" }, who), params(id));
      expect(((await noted.json()) as { error: { fields: Record<string, string> } }).error.fields.author).toMatch(/^Leave author out/);
    });
  });

  describe("signed out, with sign-in on: runbooks are public, incidents are not", () => {
    beforeEach(() => setEnv(PROXY_ENV));

    it("GET /api/search finds runbooks only, GET /api/runbooks lists them, GET /api/incidents is refused", async () => {
      await seedIncident();
      const found = await searchRoute(req("GET", `/api/search?q=${encodeURIComponent("Checkout 502s took too long")}`));
      expect(found.status).toBe(200);
      const { results } = (await found.json()) as { results: { type: string }[] };
      expect(results.length).toBeGreaterThan(0);
      expect(results.every((r) => r.type === "runbook")).toBe(true);
      expect((await runbooksRoute(req("GET", "/api/runbooks"))).status).toBe(200);
      expect((await listRoute(req("GET", "/api/incidents"))).status).toBe(401);
      // A credential that is sent must still be good, even where none is needed.
      expect((await searchRoute(req("GET", "/api/search?q=etcd", undefined, { authorization: "Bearer trg_not-a-token" }))).status).toBe(401);
    });

    it("POST /api/search is a read: signed out it finds runbooks, without write permission or the write rate limit", async () => {
      setEnv({ ...PROXY_ENV, TRIAGE_RATE_LIMIT_WRITES: "2" });
      await seedIncident();
      for (let i = 0; i < 4; i++) {
        const found = await searchByBody(req("POST", "/api/search", { q: "Checkout 502s took too long", limit: 5 }, { "x-forwarded-for": "203.0.113.9" }));
        expect(found.status, `search ${i + 1}`).toBe(200);
        const { results } = (await found.json()) as { results: { type: string }[] };
        expect(results.length).toBeGreaterThan(0);
        expect(results.every((r) => r.type === "runbook")).toBe(true);
      }
      const viewer = await searchByBody(req("POST", "/api/search", { q: "Checkout 502s" }, proxyUser("vic@example.com", "readers")));
      expect(((await viewer.json()) as { results: { type: string }[] }).results.some((r) => r.type === "incident")).toBe(true);
      expect((await searchByBody(req("POST", "/api/search", { q: "etcd" }, { authorization: "Bearer trg_not-a-token" }))).status).toBe(401);
    });

    it("a viewer signed in through the proxy finds the incidents too", async () => {
      await seedIncident();
      const found = await searchRoute(req("GET", `/api/search?q=${encodeURIComponent("Checkout 502s")}`, undefined, proxyUser("vic@example.com", "readers")));
      const { results } = (await found.json()) as { results: { type: string }[] };
      expect(results.some((r) => r.type === "incident")).toBe(true);
    });
  });

  describe("API tokens", () => {
    beforeEach(() => setEnv(PROXY_ENV));
    const admin = userContext("admin", "root@example.com");
    const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

    it("create (secret shown once, only its hash stored), use, last used, scopes, revoke", async () => {
      const { secret, token } = await createApiToken(admin, apiTokenCreateSchema.parse({ name: "deploy-bot", scopes: ["incidents:write", "incidents:read"], expiresInDays: 30 }));
      expect(secret).toMatch(/^trg_[A-Za-z0-9_-]{43}$/);
      expect(token).toMatchObject({ name: "deploy-bot", scopes: ["incidents:read", "incidents:write"], prefix: secret.slice(0, 12), createdBy: "root@example.com", lastUsedAt: null, status: "active" });
      const stored = await db().apiToken.findUniqueOrThrow({ where: { id: token.id } });
      expect(JSON.stringify(stored)).not.toContain(secret.slice(12));

      const created = await POST(req("POST", "/api/incidents", incident(), bearer(secret)));
      expect(created.status).toBe(201);
      const { id, reporter } = (await created.json()) as { id: number; reporter: string };
      expect(reporter).toBe("deploy-bot");
      expect((await getIncident(viewerContext(), id)).events.map((e) => [e.author, e.via])).toEqual([["deploy-bot", "api:deploy-bot"]]);
      expect((await listApiTokens(admin))[0].lastUsedAt).not.toBeNull();

      // No alerts:write scope: the webhook is refused.
      const webhook = await deliverRoute(req("POST", "/api/alerts/alertmanager", FIXTURE, bearer(secret)));
      expect(webhook.status).toBe(403);

      await revokeApiToken(admin, token.id);
      const afterRevoke = await listRoute(req("GET", "/api/incidents", undefined, bearer(secret)));
      expect(afterRevoke.status).toBe(401);
      expect(JSON.stringify(await afterRevoke.json())).not.toContain(secret);
      expect((await listApiTokens(admin))[0].status).toBe("revoked");
    });

    it("the revoke action takes only a token id: anything else is an unknown token, and no other token is touched", async () => {
      const { token } = await createApiToken(admin, apiTokenCreateSchema.parse({ name: "keep-me", scopes: ["incidents:read"] }));
      incoming.headers = new Headers({ host: "triage.test", origin: "http://triage.test", ...proxyUser("root@example.com", "platform-admins") });
      // Number() read "1e0" and " 1" as 1 (revoking token 1) and gave NaN or 1.5 to the database (a 500).
      for (const sent of [`${token.id}e0`, ` ${token.id}`, `0x${token.id.toString(16)}`, "abc", 1.5, Number.NaN, -1, 0, null, {}]) {
        expect(await adminActions.revokeApiTokenAction(sent as number), JSON.stringify(sent)).toMatchObject({ ok: false, status: 404, error: { code: "not_found" } });
      }
      expect((await listApiTokens(admin)).map((t) => t.status)).toEqual(["active"]);
      expect(revalidated).toEqual([]);
      expect(await adminActions.revokeApiTokenAction(token.id)).toMatchObject({ ok: true, data: { id: token.id, status: "revoked" } });
      expect(revalidated).toEqual(["/admin"]);
    });

    it("an expired token is refused; the webhook token's name is on the alert's events", async () => {
      const now = new Date();
      const { secret } = await createApiToken(admin, apiTokenCreateSchema.parse({ name: "short-lived", scopes: ["incidents:read"], expiresInDays: 1 }), new Date(now.getTime() - 2 * 86_400_000));
      const expired = await listRoute(req("GET", "/api/incidents", undefined, bearer(secret)));
      expect(expired.status).toBe(401);
      expect(((await expired.json()) as { error: { message: string } }).error.message).toMatch(/"short-lived" expired/);

      const am = await createApiToken(admin, apiTokenCreateSchema.parse({ name: "alertmanager-prod", scopes: ["alerts:write"] }));
      const delivered = await deliverRoute(req("POST", "/api/alerts/alertmanager", FIXTURE, bearer(am.secret)));
      expect(delivered.status).toBe(200);
      const { created } = (await delivered.json()) as { created: number[] };
      expect((await getIncident(viewerContext(), created[0])).events.map((e) => [e.author, e.via])).toContainEqual(["alertmanager", "webhook:alertmanager-prod"]);
      // Write-only token: reads are refused.
      expect((await listRoute(req("GET", "/api/incidents", undefined, bearer(am.secret)))).status).toBe(403);
    });

    it("a token that may write but not read cannot read an incident through PATCH (a no-op PATCH answered with it)", async () => {
      const { secret } = await createApiToken(admin, apiTokenCreateSchema.parse({ name: "write-only", scopes: ["incidents:write"] }));
      const created = await POST(req("POST", "/api/incidents", { title: "Secret", severity: "SEV2", service: "s", environment: "e", startedAt: new Date().toISOString() }, bearer(secret)));
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: number };
      for (const body of [{ runbookFeedback: [] }, { severity: "SEV1" }]) {
        const patched = await PATCH(req("PATCH", `/api/incidents/${id}`, body, bearer(secret)), params(id));
        expect(patched.status).toBe(403);
        expect(((await patched.json()) as { error: { message: string } }).error.message).toMatch(/incidents:read/);
      }
      expect((await getIncident(viewerContext(), id)).severity).toBe("SEV2");
      expect((await postEvent(req("POST", `/api/incidents/${id}/events`, { message: "deployed v42" }, bearer(secret)), params(id))).status).toBe(201);
    });

    it("only admins manage tokens; names are unique; a malformed token is 401", async () => {
      await expect(createApiToken(userContext("responder"), apiTokenCreateSchema.parse({ name: "x", scopes: ["incidents:read"] }))).rejects.toMatchObject({ status: 403 });
      await expect(listApiTokens(userContext("viewer"))).rejects.toBeInstanceOf(HttpError);
      await createApiToken(admin, apiTokenCreateSchema.parse({ name: "dup", scopes: ["incidents:read"] }));
      await expect(createApiToken(admin, apiTokenCreateSchema.parse({ name: "dup", scopes: ["incidents:read"] }))).rejects.toMatchObject({ fields: { name: expect.stringContaining("exists") } });
      expect(apiTokenCreateSchema.safeParse({ name: "ok", scopes: [] }).success).toBe(false);
      for (const header of ["Bearer trg_short", "Bearer not-a-token-at-all-000000", "Token abc"]) {
        expect((await listRoute(req("GET", "/api/incidents", undefined, { authorization: header }))).status).toBe(401);
      }
    });
  });

  describe("none mode", () => {
    it("anonymous visitors edit, naming themselves; API writes need the bootstrap token once it is set", async () => {
      const id = await seedIncident();
      expect((await PATCH(req("PATCH", `/api/incidents/${id}`, { severity: "SEV1", author: "carol" }), params(id))).status).toBe(200);
      const missing = await POST(req("POST", "/api/incidents", incident()));
      expect(((await missing.json()) as { error: { fields: Record<string, string> } }).error.fields).toEqual({ reporter: "Reporter is required" });
      setEnv({ TRIAGE_API_TOKEN: "bootstrap-token-0123456789" });
      expect((await PATCH(req("PATCH", `/api/incidents/${id}`, { severity: "SEV2" }), params(id))).status).toBe(401);
      expect((await listRoute(req("GET", "/api/incidents"))).status).toBe(200);
      // The browser UI stays open in none mode.
      incoming.headers = new Headers({ host: "triage.test", origin: "http://triage.test" });
      expect(await actions.addIncidentNoteAction(id, { author: "dave", message: "ui note" })).toMatchObject({ ok: true, data: { author: "dave", via: "web" } });
    });

    it("identity headers are not believed outside proxy mode", async () => {
      const ctx = await resolveRequestContext(new Headers({ "x-forwarded-email": "admin@example.com", "x-triage-peer": TRUSTED_PEER }), "api");
      expect(ctx.actor.kind).toBe("anonymous");
    });
  });

  describe("break-glass admin", () => {
    it("signs in with the password in any mode; wrong guesses are limited", async () => {
      const hash = await hashPassword("correct horse battery staple");
      setEnv({ ...PROXY_ENV, TRIAGE_ADMIN_EMAIL: "root@example.com", TRIAGE_ADMIN_PASSWORD_HASH: hash, TRIAGE_AUTH_SECRET: SECRET });
      vi.spyOn(console, "warn").mockImplementation(() => {});
      const from = new Headers({ "x-triage-peer": "192.0.2.50", host: "triage.test" });
      await expect(signInBreakGlass(from, { email: "root@example.com", password: "wrong" })).rejects.toMatchObject({ status: 401, message: "Wrong email or password" });
      const cookies = await signInBreakGlass(from, { email: "root@example.com", password: "correct horse battery staple" });
      const cookie = cookies.getSetCookie().map((c) => c.split(";")[0]).join("; ");
      expect(cookie).toContain("session_token");

      const ctx = await resolveRequestContext(new Headers({ cookie }), "web");
      expect(ctx.actor).toMatchObject({ kind: "user", name: "root@example.com", role: "admin", source: "break-glass" });

      const guesser = new Headers({ "x-triage-peer": "192.0.2.99" });
      for (let i = 0; i < 5; i++) await expect(signInBreakGlass(guesser, { email: "root@example.com", password: `guess-${i}` })).rejects.toMatchObject({ status: 401 });
      await expect(signInBreakGlass(guesser, { email: "root@example.com", password: "correct horse battery staple" })).rejects.toMatchObject({ status: 429, code: "rate_limited" });
    });

    it("limits guesses sent at once as it limits them one by one (300 in parallel all got 401)", async () => {
      setEnv({ ...PROXY_ENV, TRIAGE_ADMIN_EMAIL: "root@example.com", TRIAGE_ADMIN_PASSWORD_HASH: await hashPassword("correct horse battery staple"), TRIAGE_AUTH_SECRET: SECRET });
      vi.spyOn(console, "warn").mockImplementation(() => {});
      const racer = new Headers({ "x-triage-peer": "192.0.2.77" });
      const answers = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => signInBreakGlass(racer, { email: "racer@example.com", password: `guess-${i}` })));
      const statuses = answers.map((a) => (a.status === "rejected" ? (a.reason as { status?: number }).status : 200)).sort();
      expect(statuses).toEqual([...Array(5).fill(401), ...Array(7).fill(429)]);
    });
  });
});
