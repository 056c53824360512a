import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as hook } from "@/app/api/alerts/alertmanager/route";
import { PATCH } from "@/app/api/incidents/[id]/route";
import { POST as note } from "@/app/api/incidents/[id]/events/route";
import { POST as create } from "@/app/api/incidents/route";
import { alertmanagerPayloadSchema } from "@/lib/alerts/alertmanager-payload-schema";
import { getConfig, resetConfigForTests } from "@/lib/config/env";
import { hashDatabase } from "@/lib/db/hash-database";
import { resetDatabase } from "@/lib/db/reset-database";
import { incidentCreateSchema, incidentEventCreateSchema, incidentUpdateSchema } from "@/lib/incidents/incident-schemas";
import { delivery, firingAlert, jsonRequest, routeParams, validIncident } from "../support/incident-requests";

/**
 * Bad input, at scale (issue #13): FUZZ_RUNS generated invalid inputs (default
 * 1,000; `npm run bench:fuzz` sends more) to each write endpoint and each
 * server action. Every answer is a 4xx with a message at a field, never a
 * 5xx, and the database is byte-for-byte unchanged afterwards (a hash of
 * every table, search index included).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

// Server actions read the request's headers through next/headers: a same-origin browser request.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ origin: "http://localhost:3000", host: "localhost:3000" }) }));
const actions = await import("@/app/(ops)/incidents/actions");

/** Values that break some rule: wrong types, control characters, broken Unicode, impossible times, sizes past the limits. */
const poison = fc.oneof(
  fc.constantFrom<unknown>(null, 42, -1, 1e308, true, [], {}, "", " ", "\u0000", "a\u0000b", "a\ud800", "\udfff", "\u001b[31m", "line\nbreak", "x".repeat(300_001)),
  fc.constantFrom<unknown>("0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2026-02-30T10:00:00Z", "2026-11-22T10:15", "%E0%A4%A", "constructor", "__proto__", "SEV9", "closed"),
  fc.string({ unit: "binary", maxLength: 40 }).map((s) => `${s}\u0000`),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
);
const notObject = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.string(), fc.array(fc.jsonValue(), { maxLength: 4 }));
/** A valid object with one field replaced by poison (or with junk keys only). */
const poisoned = (base: Record<string, unknown>, fields: readonly string[]) =>
  fc.oneof(
    fc.record({ field: fc.constantFrom(...fields), value: poison }).map(({ field, value }) => ({ ...base, [field]: value })),
    fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
    notObject,
  );

interface Answer {
  status: number;
  body: { error?: { fields?: Record<string, string> } };
}

function expectFieldRefusal(answer: Answer, input: unknown) {
  const shown = JSON.stringify(input)?.slice(0, 200);
  expect(answer.status, shown).toBeGreaterThanOrEqual(400);
  expect(answer.status, shown).toBeLessThan(500);
  expect(Object.keys(answer.body.error?.fields ?? {}).length, `${answer.status} ${JSON.stringify(answer.body).slice(0, 200)} for ${shown}`).toBeGreaterThan(0);
}

/** Always JSON-encoded (a generated string is a JSON string, not a raw body). */
const encoded = (input: unknown) => JSON.stringify(input);
const fromRoute = async (response: Response): Promise<Answer> => ({ status: response.status, body: await response.json() });
const fromAction = (result: { ok: boolean; status?: number; error?: { fields: Record<string, string> } }): Answer => ({ status: result.ok ? 200 : (result.status ?? 500), body: result });

describe(`${RUNS} invalid inputs per write path on ${getConfig().database.kind}`, () => {
  let id = 0;
  let before = "";
  beforeAll(async () => {
    process.env.TRIAGE_RATE_LIMIT_WRITES = "0";
    process.env.TRIAGE_RATE_LIMIT_WEBHOOK = "0";
    resetConfigForTests();
    await resetDatabase();
    id = (await (await create(jsonRequest("POST", "/api/incidents", validIncident()))).json()).id;
    await hook(jsonRequest("POST", "/api/alerts/alertmanager", delivery([firingAlert(1)])));
    before = await hashDatabase();
  });
  afterAll(() => {
    delete process.env.TRIAGE_RATE_LIMIT_WRITES;
    delete process.env.TRIAGE_RATE_LIMIT_WEBHOOK;
    resetConfigForTests();
  });

  const createFields = Object.keys(validIncident()).concat(["status", "host", "namespace", "detectedAt", "mitigatedAt", "resolvedAt", "runbooks", "source", "cause"]);
  const patchFields = ["title", "severity", "status", "service", "environment", "startedAt", "resolvedAt", "runbooks", "runbookFeedback", "version", "phenomenon"];
  const invalidCreate = poisoned(validIncident(), createFields).filter((input) => !incidentCreateSchema.safeParse(input).success);
  const invalidPatch = poisoned({ title: "Renamed" }, patchFields).filter((input) => !incidentUpdateSchema.safeParse(input).success);
  const invalidNote = poisoned({ author: "bob", message: "looked at it" }, ["author", "message"]).filter((input) => !incidentEventCreateSchema.safeParse(input).success);
  const alertFields = ["status", "labels", "startsAt", "endsAt", "fingerprint", "annotations"];
  const invalidDelivery = fc
    .oneof(
      poisoned(firingAlert(7), alertFields).map((alert) => delivery([firingAlert(8), alert])),
      poisoned(delivery([firingAlert(9)]), ["alerts", "commonLabels", "version", "truncatedAlerts"]),
    )
    .filter((input) => !alertmanagerPayloadSchema.safeParse(input).success);

  const property = <T,>(arbitrary: fc.Arbitrary<T>, send: (input: T) => Promise<Answer>) =>
    fc.assert(
      fc.asyncProperty(arbitrary, async (input) => expectFieldRefusal(await send(input), input)),
      { numRuns: RUNS },
    );

  it("POST /api/incidents", async () => {
    await property(invalidCreate, async (input) => fromRoute(await create(jsonRequest("POST", "/api/incidents", encoded(input)))));
    expect(await hashDatabase()).toBe(before);
  }, 600_000);

  it("PATCH /api/incidents/:id", async () => {
    await property(invalidPatch, async (input) => fromRoute(await PATCH(jsonRequest("PATCH", `/api/incidents/${id}`, encoded(input)), routeParams({ id: String(id) }))));
    expect(await hashDatabase()).toBe(before);
  }, 600_000);

  it("POST /api/incidents/:id/events", async () => {
    await property(invalidNote, async (input) => fromRoute(await note(jsonRequest("POST", `/api/incidents/${id}/events`, encoded(input)), routeParams({ id: String(id) }))));
    expect(await hashDatabase()).toBe(before);
  }, 600_000);

  it("POST /api/alerts/alertmanager", async () => {
    await property(invalidDelivery, async (input) => fromRoute(await hook(jsonRequest("POST", "/api/alerts/alertmanager", encoded(input)))));
    expect(await hashDatabase()).toBe(before);
  }, 600_000);

  it("server actions: createIncident, updateIncident, addIncidentNote", async () => {
    await property(invalidCreate, async (input) => fromAction(await actions.createIncidentAction(input)));
    await property(invalidPatch, async (input) => fromAction(await actions.updateIncidentAction(id, input)));
    await property(invalidNote, async (input) => fromAction(await actions.addIncidentNoteAction(id, input)));
    expect(await hashDatabase()).toBe(before);
  }, 900_000);
});
