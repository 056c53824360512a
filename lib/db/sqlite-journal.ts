import Database from "better-sqlite3";

/**
 * How long an SQLite connection waits for another connection's write lock
 * before it gives up with SQLITE_BUSY (the server, a seed, a backup and a
 * second server may share one file).
 */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * Puts the database in write-ahead-log mode (a setting stored in the file, so
 * once is enough): readers and one writer no longer block each other, a
 * backup reads a snapshot while the server writes, and a commit survives the
 * process being killed.
 */
export function useWriteAheadLog(file: string): void {
  const handle = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    const mode = handle.pragma("journal_mode = WAL", { simple: true });
    if (mode !== "wal") throw new Error(`${file} stayed in journal mode "${String(mode)}" instead of WAL`);
  } finally {
    handle.close();
  }
}

/** True for SQLite's "database is locked" family (SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT, …), however a driver wrapped it. */
export function isSqliteBusy(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === "string" && code.startsWith("SQLITE_BUSY")) return true;
    if (typeof message === "string" && /SQLITE_BUSY|database is locked/i.test(message)) return true;
  }
  return false;
}
