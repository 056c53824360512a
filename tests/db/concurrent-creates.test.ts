import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as create } from "@/app/api/incidents/route";
import { getConfig, resetConfigForTests } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { resetDatabase } from "@/lib/db/reset-database";
import { jsonRequest, validIncident } from "../support/incident-requests";

/** Load (issue #13): 200 concurrent creates through the API all answer 201 and are all stored. */
describe(`200 concurrent creates on ${getConfig().database.kind}`, () => {
  beforeAll(async () => {
    // One client sending 200 writes at once: the default per-client limit (600/min) allows it; set explicitly so the test says so.
    process.env.TRIAGE_RATE_LIMIT_WRITES = "600";
    resetConfigForTests();
    await resetDatabase();
  });
  afterAll(() => {
    delete process.env.TRIAGE_RATE_LIMIT_WRITES;
    resetConfigForTests();
  });

  it("all answer 201 and all are stored, each with its events and search index entry", async () => {
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, n) => create(jsonRequest("POST", "/api/incidents", { ...validIncident(), title: `Concurrent create ${n}`, runbooks: ["pod-crashloopbackoff"] }))),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s !== 201), JSON.stringify(await Promise.all(responses.filter((r) => r.status !== 201).slice(0, 3).map((r) => r.json())))).toEqual([]);
    const ids = await Promise.all(responses.map(async (r) => (await r.json()).id as number));
    expect(new Set(ids).size).toBe(200);
    expect(await db().incident.count()).toBe(200);
    expect(await db().incidentEvent.count({ where: { kind: "created" } })).toBe(200);
    expect(await db().incidentRunbook.count()).toBe(200);
  }, 300_000);
});
