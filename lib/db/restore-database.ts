import Database from "better-sqlite3";
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { ConfigError, ensureSqliteFolder, type DatabaseConfig } from "@/lib/config/env";
import { withDatabaseLock } from "./database-lock";
import { checkSqliteCopy, copySqliteDatabase, fileStamp } from "./sqlite-backup-file";
import { isSqliteBusy, useWriteAheadLog } from "./sqlite-journal";

export interface RestoreResult {
  incidents: number;
  /** Where the database that was replaced now is (kept, never deleted), if there was one. */
  previous?: string;
}

/**
 * Throws when another process has `file` open. Leaving WAL mode needs the
 * only connection to the file: a running server that has touched its
 * database holds one, so the switch fails at once with SQLITE_BUSY.
 */
function assertNotInUse(file: string): void {
  const handle = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    handle.pragma("journal_mode = DELETE");
  } catch (error) {
    if (!isSqliteBusy(error)) throw error;
    throw new ConfigError(
      `${file} is open in another process, most likely a running server: stop it first (Ctrl-C, or kill -TERM <pid>: it finishes its requests and closes the database), then run db:restore again.`,
    );
  } finally {
    handle.close();
  }
}

/**
 * `npm run db:restore <backup>`: replaces the SQLite database with a backup
 * made by db:backup. Refuses while another process has the database open;
 * keeps the replaced database next to it as `<name>.before-restore-<time>`.
 * For PostgreSQL, pg_restore does this job (README: Backups).
 */
export async function restoreDatabase(database: DatabaseConfig, backup: string, now = new Date()): Promise<RestoreResult> {
  if (database.kind !== "sqlite") {
    throw new ConfigError("db:restore restores SQLite backups; for PostgreSQL use pg_restore (README, \"Backups\": pg_restore --clean --if-exists -d \"$DATABASE_URL\" triage.dump).");
  }
  const source = path.resolve(backup);
  if (!existsSync(source)) throw new ConfigError(`There is no backup at ${source}.`);
  try {
    checkSqliteCopy(source);
  } catch (error) {
    throw new ConfigError(`Not restoring: ${(error as Error).message}.`);
  }
  ensureSqliteFolder(database.file);
  return withDatabaseLock(database, async () => {
    const target = database.file;
    const incoming = `${target}.restoring-${process.pid}`;
    const { incidents } = copySqliteDatabase(source, incoming);
    let previous: string | undefined;
    try {
      useWriteAheadLog(incoming);
      if (existsSync(target)) {
        assertNotInUse(target);
        previous = `${target}.before-restore-${fileStamp(now)}`;
        renameSync(target, previous);
      }
    } catch (error) {
      rmSync(incoming, { force: true });
      throw error;
    }
    for (const sidecar of ["-wal", "-shm", "-journal"]) rmSync(`${target}${sidecar}`, { force: true });
    renameSync(incoming, target);
    return { incidents, previous };
  });
}
