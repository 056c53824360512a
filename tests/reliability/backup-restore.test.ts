import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { getConfig, resetConfigForTests } from "@/lib/config/env";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { inspectSqlite, leg, sqliteFile, storedTitles } from "./support/databases";
import { killAll, runScript, scratchDatabase, startServer, takePort, waitForHealth, writeLoad } from "./support/processes";

/** Incidents acknowledged before the backup starts: bounded in CI, larger with RELIABILITY_BACKUP_WRITES. */
const WRITES_BEFORE_BACKUP = Number(process.env.RELIABILITY_BACKUP_WRITES ?? 60);

afterEach(killAll);

// PostgreSQL backups are pg_dump's job (README: Backups); db:backup says so and stops.
describe.skipIf(leg !== "sqlite")("db:backup and db:restore on a live SQLite database", () => {
  it("backs up under write load, refuses to restore under a running server, then restores with nothing missing", async () => {
    const legUrl = process.env.DATABASE_URL;
    const { dir, url } = scratchDatabase();
    process.env.DATABASE_URL = url;
    resetConfigForTests();
    try {
      await prepareDatabase(getConfig().database);
    } finally {
      process.env.DATABASE_URL = legUrl;
      resetConfigForTests();
    }
    const port = takePort();
    const server = startServer(url, port);
    await waitForHealth(port, server);
    const load = writeLoad(port, "backup", 4);
    while (load.acknowledged.length < WRITES_BEFORE_BACKUP) {
      if (load.failures.length) throw new Error(`writes failed: ${load.failures.slice(0, 3).join(" | ")}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    const before = [...load.acknowledged];
    const backupFile = path.join(dir, "backups", "live.db");
    const backup = runScript("scripts/db/backup.ts", [backupFile], { DATABASE_URL: url });
    expect(await backup.exited, backup.output()).toBe(0);
    const during = load.acknowledged.length;
    expect(backup.output()).toContain(backupFile);

    // Restoring over the database the server has open is refused, in one line that says what to do.
    const refused = runScript("scripts/db/restore.ts", [backupFile], { DATABASE_URL: url });
    expect(await refused.exited).toBe(1);
    const lines = refused.output().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(sqliteFile(url));
    expect(lines[0]).toMatch(/stop it first/);

    await load.stop();
    expect(load.failures).toEqual([]);
    expect(load.acknowledged.length).toBeGreaterThan(during - 1);
    const all = [...load.acknowledged];
    server.signal("SIGTERM");
    expect(await server.exited).toBe(0);

    expect(inspectSqlite(backupFile).integrity).toBe("ok");
    const inBackup = await storedTitles(`file:${backupFile}`);
    expect(before.filter((title) => !inBackup.has(title))).toEqual([]);
    // Never more than the database had: the backup is one instant of it.
    expect(all.filter((title) => inBackup.has(title)).length).toBe(inBackup.size);

    // A second backup to the same name is refused rather than overwriting it.
    const again = runScript("scripts/db/backup.ts", [backupFile], { DATABASE_URL: url });
    expect(await again.exited).toBe(1);
    expect(again.output()).toMatch(/already exists/);

    const restore = runScript("scripts/db/restore.ts", [backupFile], { DATABASE_URL: url });
    expect(await restore.exited, restore.output()).toBe(0);
    const restored = await storedTitles(url);
    expect(restored).toEqual(inBackup);
    const { integrity, journalMode } = inspectSqlite(sqliteFile(url));
    expect(integrity).toBe("ok");
    expect(journalMode).toBe("wal");
    const kept = /kept as (\S+?)\.?$/m.exec(restore.output())?.[1];
    expect(kept && existsSync(kept)).toBe(true);
    expect((await storedTitles(`file:${kept}`)).size).toBe(all.length);

    // The restored database serves again.
    const restarted = startServer(url, port);
    await waitForHealth(port, restarted);
    const list = await fetch(`http://127.0.0.1:${port}/api/incidents`);
    expect(list.status).toBe(200);
  });
});
