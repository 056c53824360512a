import Database from "better-sqlite3";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { EXIT_OK } from "@/lib/cli/parse-command-line";
import { getConfig } from "@/lib/config/env";
import { resetDatabase } from "@/lib/db/reset-database";
import type { CliIo } from "@/scripts/cli/io";
import { main } from "@/scripts/cli/triage";
import { scratchDir } from "@/tests/support/scratch-dir";

const database = getConfig().database;

/**
 * Two imports at once: the second waited out SQLite's 5 s busy timeout and died with
 * "unexpected error: PrismaClientKnownRequestError … Operation has timed out" and a stack.
 * It waits for the other writer now, saying so once, then imports.
 */
describe.runIf(database.kind === "sqlite")("triage import while another process holds the write lock", () => {
  beforeEach(resetDatabase);

  it("says once that it waits, imports once the lock is released, and prints no stack", async () => {
    if (database.kind !== "sqlite") return;
    const dir = scratchDir("triage-import-lock-");
    const file = path.join(dir, "incidents.json");
    writeFileSync(file, JSON.stringify([{ title: "Ledger sync stalled", severity: "SEV2", service: "ledger", environment: "prod", reporter: "alice", startedAt: "2026-11-30T08:00:00Z" }]));

    const holder = new Database(database.file, { timeout: 0 });
    holder.exec("BEGIN IMMEDIATE");
    // Held past the 5 s busy timeout, so the import's first try gives up and it must try again.
    const release = setTimeout(() => holder.exec("ROLLBACK"), 6_500);
    let stdout = "";
    let stderr = "";
    const io: CliIo = { cwd: dir, env: {}, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
    try {
      expect(await main(["import", file], io)).toBe(EXIT_OK);
    } finally {
      clearTimeout(release);
      if (holder.inTransaction) holder.exec("ROLLBACK");
    }
    expect(stderr).toBe(`triage import: ${database.file} is locked by another process writing to it (another import, a backup or a restore?); waiting for it…\n`);
    expect(stdout).toMatch(/incidents\.json:1: created #\d+: SEV2 ledger 2026-11-30T08:00:00\.000Z Ledger sync stalled\n/);
    expect((holder.prepare(`SELECT title FROM "Incident"`).all() as { title: string }[]).map((r) => r.title)).toEqual(["Ledger sync stalled"]);
    holder.close();
  }, 60_000);
});
