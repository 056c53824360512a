import Database from "better-sqlite3";
import { renameSync, rmSync } from "node:fs";
import { SQLITE_BUSY_TIMEOUT_MS } from "./sqlite-journal";

/**
 * Writes a consistent copy of the SQLite database at `source` to `target`
 * with `VACUUM INTO`: one read transaction, so the copy is the database as of
 * one instant even while another process writes (in WAL mode writers do not
 * wait for it). The copy is written under a temporary name, checked with
 * `PRAGMA integrity_check`, and only then renamed to `target`, so a file with
 * the final name is always complete. Returns the copy's incident count.
 */
export function copySqliteDatabase(source: string, target: string): { incidents: number } {
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  const from = new Database(source, { fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    from.prepare("VACUUM INTO ?").run(partial);
  } finally {
    from.close();
  }
  try {
    const incidents = checkSqliteCopy(partial);
    renameSync(partial, target);
    return { incidents };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Integrity check and incident count of a database file no one else uses; throws when it is damaged or not Triage's. */
export function checkSqliteCopy(file: string): number {
  const handle = new Database(file, { fileMustExist: true, readonly: true });
  try {
    const problems = (handle.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (problems.join() !== "ok") throw new Error(`${file} fails PRAGMA integrity_check: ${problems.slice(0, 3).join("; ")}`);
    const hasIncidents = handle.prepare("select 1 from sqlite_master where type = 'table' and name = 'Incident'").get();
    if (!hasIncidents) throw new Error(`${file} is not a Triage database (it has no Incident table)`);
    return handle.prepare('select count(*) from "Incident"').pluck().get() as number;
  } finally {
    handle.close();
  }
}

/** A UTC timestamp for file names: 20261201T230500Z. */
export function fileStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
}
