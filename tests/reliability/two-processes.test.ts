import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { lockFileFor } from "@/lib/db/database-lock";
import { readSampleIncidents } from "@/lib/incidents/seed-sample-incidents";
import { freshDatabaseUrl, inspectSqlite, leg, sqliteFile, storedTitles } from "./support/databases";
import { killAll, runScript, takePort, waitForHealth, writeLoad } from "./support/processes";

/** A Prisma stack trace or error dump in a script's output (what a second `npm start` used to die with). */
const STACK = /^\s+at |PrismaClient\w*Error|P1008/m;

afterEach(killAll);

describe(`two processes on one ${leg} database`, () => {
  it("two `npm start` on one fresh database both come up, and the samples are loaded once", async () => {
    const url = await freshDatabaseUrl();
    const [portA, portB] = [takePort(), takePort()];
    const a = runScript("scripts/start.ts", ["--skip-build"], { DATABASE_URL: url, PORT: String(portA) });
    const b = runScript("scripts/start.ts", ["--skip-build"], { DATABASE_URL: url, PORT: String(portB) });
    await Promise.all([waitForHealth(portA, a), waitForHealth(portB, b)]);

    const samples = readSampleIncidents();
    const titles = await storedTitles(url);
    expect(titles.size).toBe(samples.length);
    for (const sample of samples) expect(titles.has(sample.title)).toBe(true);
    expect(a.output()).not.toMatch(STACK);
    expect(b.output()).not.toMatch(STACK);
    // Exactly one of them loaded the samples.
    expect([a.output(), b.output()].filter((o) => /loaded \d+ sample incidents/.test(o))).toHaveLength(1);
    if (leg === "sqlite") expect(inspectSqlite(sqliteFile(url)).journalMode).toBe("wal");

    // Both serve writes to the same file at once, and db:seed and db:migrate run alongside.
    const loadA = writeLoad(portA, "server-a", 3);
    const loadB = writeLoad(portB, "server-b", 3);
    const seed = runScript("scripts/db/seed.ts", [], { DATABASE_URL: url });
    const migrate = runScript("scripts/db/migrate.ts", [], { DATABASE_URL: url });
    expect(await seed.exited, seed.output()).toBe(0);
    expect(await migrate.exited, migrate.output()).toBe(0);
    expect(seed.output()).toMatch(/already has incidents/);
    await Promise.all([loadA.stop(), loadB.stop()]);
    expect(loadA.failures).toEqual([]);
    expect(loadB.failures).toEqual([]);
    expect(loadA.acknowledged.length + loadB.acknowledged.length).toBeGreaterThan(0);
    const after = await storedTitles(url);
    for (const title of [...loadA.acknowledged, ...loadB.acknowledged]) expect(after.has(title)).toBe(true);
  });

  it.skipIf(leg !== "sqlite")("a lock that cannot be had ends in one line that names the file", async () => {
    const url = await freshDatabaseUrl();
    const lockFile = lockFileFor(sqliteFile(url));
    const holder = new Database(lockFile);
    holder.exec("BEGIN EXCLUSIVE");
    try {
      const migrate = runScript("scripts/db/migrate.ts", [], { DATABASE_URL: url, TRIAGE_DB_LOCK_WAIT_MS: "1500" });
      expect(await migrate.exited).toBe(1);
      const errors = migrate.output().split("\n").filter((line) => line && !line.includes("waiting for another process"));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(lockFile);
      expect(migrate.output()).not.toMatch(STACK);
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
  });
});
