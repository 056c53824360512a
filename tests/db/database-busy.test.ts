import Database from "better-sqlite3";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as create } from "@/app/api/incidents/route";
import { getConfig } from "@/lib/config/env";
import { resetDatabase } from "@/lib/db/reset-database";
import { jsonRequest, validIncident } from "../support/incident-requests";

const database = getConfig().database;

/**
 * Another process holding SQLite's write lock past the busy timeout (a 20,000-row import is one
 * transaction of ~50 s): a write through the API answered 500 internal_error and logged a stack.
 * It is a 503 that says why, with Retry-After (Alertmanager retries a 5xx delivery).
 */
describe.runIf(database.kind === "sqlite")("a write while another process holds the SQLite write lock", () => {
  let holder: Database.Database | undefined;
  beforeAll(resetDatabase);
  afterEach(() => {
    holder?.close();
    holder = undefined;
  });

  it("answers 503 unavailable with Retry-After, stores nothing, and succeeds once the lock is released", async () => {
    if (database.kind !== "sqlite") return;
    holder = new Database(database.file, { timeout: 0 });
    holder.exec("BEGIN IMMEDIATE");
    const busy = await create(jsonRequest("POST", "/api/incidents", { ...validIncident(), title: "Written while locked" }));
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toBe("5");
    expect((await busy.json()).error).toMatchObject({ code: "unavailable", message: expect.stringMatching(/^The database is busy: another process holds its write lock/) });
    holder.exec("ROLLBACK");

    const after = await create(jsonRequest("POST", "/api/incidents", { ...validIncident(), title: "Written after the lock" }));
    expect(after.status).toBe(201);
    const titles = holder.prepare(`SELECT title FROM "Incident"`).all() as { title: string }[];
    expect(titles.map((r) => r.title)).toEqual(["Written after the lock"]);
  }, 60_000);
});
