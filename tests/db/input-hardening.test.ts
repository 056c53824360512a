import { beforeEach, describe, expect, it } from "vitest";
import { POST as hook } from "@/app/api/alerts/alertmanager/route";
import { PATCH } from "@/app/api/incidents/[id]/route";
import { POST as note } from "@/app/api/incidents/[id]/events/route";
import { GET as list, POST as create } from "@/app/api/incidents/route";
import { getConfig } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { hashDatabase } from "@/lib/db/hash-database";
import { resetDatabase } from "@/lib/db/reset-database";
import { getIncident } from "@/lib/incidents/get-incident";
import { INCIDENT_LIMITS } from "@/lib/incidents/incident-limits";
import { delivery, firingAlert, jsonRequest, routeParams, validIncident, type ErrorBody } from "../support/incident-requests";
import { viewerContext } from "../support/actors";

const kind = getConfig().database.kind;

async function send(route: (r: Request, c: ReturnType<typeof routeParams>) => Promise<Response>, method: string, url: string, body: unknown, params: Record<string, string> = {}) {
  const response = await route(jsonRequest(method, url, body), routeParams(params));
  return { status: response.status, body: await response.json() };
}
const post = (body: unknown) => send(create, "POST", "/api/incidents", body);
const deliver = (body: unknown) => send(hook, "POST", "/api/alerts/alertmanager", body);

async function createdId(overrides: Record<string, unknown> = {}): Promise<number> {
  const { status, body } = await post({ ...validIncident(), ...overrides });
  expect(status, JSON.stringify(body)).toBe(201);
  return body.id;
}

function expectFieldError(answer: { status: number; body: ErrorBody }, field: string | RegExp) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(400);
  const keys = Object.keys(answer.body.error.fields);
  expect(keys.some((key) => (typeof field === "string" ? key === field : field.test(key))), `fields: ${keys.join(", ")}`).toBe(true);
}

const wellFormed = (text: string) => text.isWellFormed() && !/\p{Cc}/u.test(text.replace(/\n/g, ""));

describe(`input hardening on ${kind}`, () => {
  beforeEach(resetDatabase);

  describe("bodies that are not objects answer 400 at `body` on every write, and store nothing", () => {
    for (const raw of ["[]", "null", "42", '"text"', "true"]) {
      it(raw, async () => {
        const id = await createdId();
        const before = await hashDatabase();
        expectFieldError(await post(raw), "body");
        expectFieldError(await send(PATCH, "PATCH", `/api/incidents/${id}`, raw, { id: String(id) }), "body");
        expectFieldError(await send(note, "POST", `/api/incidents/${id}/events`, raw, { id: String(id) }), "body");
        expectFieldError(await deliver(raw), "body");
        expect(await hashDatabase()).toBe(before);
      });
    }
  });

  it("cursors with out-of-range numbers or times answer 400 at `cursor`", async () => {
    await createdId();
    const cursor = (payload: object) => Buffer.from(JSON.stringify(payload)).toString("base64url");
    const bad = [
      { s: "startedAt", o: "desc", v: "+275760-09-13T00:00:00.000Z", t: "+275760-09-13T00:00:00.000Z", i: 5 },
      { s: "startedAt", o: "desc", v: "0000-01-01T00:00:00.000Z", t: "0000-01-01T00:00:00.000Z", i: 5 },
      { s: "startedAt", o: "desc", v: "2026-01-01T00:00:00.000Z", t: "2026-01-01T00:00:00.000Z", i: 2 ** 31 },
      { s: "timeToResolve", o: "desc", v: 2 ** 40, t: "2026-01-01T00:00:00.000Z", i: 5 },
    ];
    for (const payload of bad) {
      const response = await list(new Request(`http://localhost/api/incidents?sort=${payload.s}&cursor=${cursor(payload)}`));
      expectFieldError({ status: response.status, body: await response.json() }, "cursor");
    }
  });

  it("list bounds outside the accepted years answer 400 at the bound", async () => {
    for (const [query, field] of [["from=0000-01-01", "from"], ["to=9999-12-31", "to"], ["from=0001-01-01T00:00:00Z", "from"]]) {
      const response = await list(new Request(`http://localhost/api/incidents?${query}`));
      expectFieldError({ status: response.status, body: await response.json() }, field);
    }
  });

  it("a NUL in the list's q is dropped, not a wildcard: it matches nothing that the rest does not match", async () => {
    await createdId();
    await createdId({ title: "Payments timeouts", service: "payments" });
    for (const q of ["zzzznomatch%00", "%00zzzznomatch", "zzzz%00%25"]) {
      const response = await list(new Request(`http://localhost/api/incidents?q=${q}`));
      expect(response.status).toBe(200);
      expect((await response.json()).items, q).toEqual([]);
    }
  });

  describe("the same text rules on every write path (refused with the field named)", () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ["NUL in the title", { title: "Checkout\u0000 502s" }, "title"],
      ["an escape sequence in the service", { service: "check\u001b[31mout" }, "service"],
      ["a lone surrogate in the phenomenon", { phenomenon: "broken \ud83d text" }, "phenomenon"],
      ["a line break in the environment", { environment: "prod\neks" }, "environment"],
      ["year 0000", { startedAt: "0000-01-01T00:00:00Z" }, "startedAt"],
      ["year 1969", { startedAt: "1969-12-31T23:00:00Z" }, "startedAt"],
      ["a service over the limit", { service: "s".repeat(INCIDENT_LIMITS.service + 1) }, "service"],
    ];
    for (const [name, overrides, field] of cases) {
      it(`create: ${name}`, async () => {
        const before = await hashDatabase();
        expectFieldError(await post({ ...validIncident(), ...overrides }), field);
        expect(await hashDatabase()).toBe(before);
      });
    }
    it("update and note: NUL and lone surrogates refused, tabs and line breaks in Markdown kept", async () => {
      const id = await createdId();
      const at = { id: String(id) };
      expectFieldError(await send(PATCH, "PATCH", `/api/incidents/${id}`, { title: "a\u0000b" }, at), "title");
      expectFieldError(await send(PATCH, "PATCH", `/api/incidents/${id}`, { cause: "x\ud800" }, at), "cause");
      expectFieldError(await send(note, "POST", `/api/incidents/${id}/events`, { author: "bob", message: "hi\u0000" }, at), "message");
      const ok = await send(PATCH, "PATCH", `/api/incidents/${id}`, { fix: "1. roll back\n\t`kubectl rollout undo`\r\n" }, at);
      expect(ok.status).toBe(200);
    });
  });

  describe("Alertmanager: user keys never hit inherited properties, and unknown values fall back", () => {
    it("labels and values named after Object.prototype members are plain data", async () => {
      const names = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "__defineGetter__"];
      const alerts = names.map((name, n) =>
        firingAlert(n, { severity: name, service: name, cluster: name, [name]: "x", namespace: name }, { [name]: "y", runbook_url: `https://x/runbooks/${name}` }),
      );
      const answer = await deliver(delivery(alerts));
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body.created).toHaveLength(names.length);
      for (const id of answer.body.created) {
        const incident = await getIncident(viewerContext(), id);
        // An unknown severity is SEV4 (README: Alertmanager).
        expect(incident.severity).toBe("SEV4");
        expect(names).toContain(incident.service);
        expect(incident.runbooks).toEqual(["pod-crashloopbackoff"].filter((slug) => incident.runbooks.includes(slug)));
      }
    });

    it("a malformed percent-escape in runbook_url is no runbook, not a 500 after earlier alerts were stored", async () => {
      const answer = await deliver(delivery([firingAlert(1), firingAlert(2, {}, { runbook_url: "https://triage.example/runbooks/alerts/%E0%A4%A" }), firingAlert(3, {}, { runbook_url: "/runbooks/alerts/%zz" })]));
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body.created).toHaveLength(3);
    });

    it("long, control-laden and broken values are cleaned and cut between graphemes, never refused", async () => {
      const family = "👨‍👩‍👧‍👦";
      const alert = firingAlert(
        1,
        { service: "s".repeat(300_000), cluster: "prod\u0000eks\u001b[0m", instance: "host\ud800name", long_label: "v".repeat(5_000) },
        { summary: "x".repeat(INCIDENT_LIMITS.title - "KubePodCrashLooping: ".length - 5) + family.repeat(4), description: "line one\nline\u0000two" },
      );
      const answer = await deliver(delivery([alert]));
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      const incident = await getIncident(viewerContext(), answer.body.created[0]);
      expect(incident.service.length).toBeLessThanOrEqual(INCIDENT_LIMITS.service);
      expect(incident.service.endsWith("…")).toBe(true);
      expect(incident.title.length).toBeLessThanOrEqual(INCIDENT_LIMITS.title);
      // Cut before the family emoji, never inside it.
      expect(incident.title).toMatch(/x…$/);
      // NUL dropped, and the colour code whole (it left "[0m" when only the ESC byte was dropped).
      expect(incident.environment).toBe("prodeks");
      expect(incident.host).toBe("host\ufffdname");
      expect(incident.phenomenon).toContain("line one\nlinetwo");
      for (const value of [incident.title, incident.service, incident.environment, incident.host ?? "", incident.phenomenon, ...Object.values(incident.alertLabels ?? {})]) expect(wellFormed(value), value.slice(0, 40)).toBe(true);
      expect(incident.alertLabels?.long_label.length).toBeLessThanOrEqual(INCIDENT_LIMITS.labelValue);
    });

    it("times outside the accepted years refuse the delivery at the alert's field, storing nothing", async () => {
      for (const startsAt of ["0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z"]) {
        const before = await hashDatabase();
        const answer = await deliver(delivery([firingAlert(1), { ...firingAlert(2), startsAt }]));
        expectFieldError(answer, "alerts.1.startsAt");
        expect(await hashDatabase()).toBe(before);
      }
    });

    it("a fingerprint with control characters is refused (it is the alert's identity)", async () => {
      expectFieldError(await deliver(delivery([{ ...firingAlert(1), fingerprint: "ab\u0000cd" }])), "alerts.0.fingerprint");
    });

    it("duplicate alerts inside one delivery open one incident", async () => {
      const answer = await deliver(delivery([firingAlert(1), firingAlert(1)]));
      expect(answer.status).toBe(200);
      expect(answer.body.created).toHaveLength(1);
      expect(answer.body.unchanged).toEqual(answer.body.created);
      expect(await db().incident.count()).toBe(1);
    });
  });
});
