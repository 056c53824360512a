import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { ConfigError, type DatabaseConfig } from "@/lib/config/env";
import { copySqliteDatabase, fileStamp } from "./sqlite-backup-file";

export interface BackupResult {
  file: string;
  incidents: number;
}

/** The default backup file: `<data folder>/backups/<name>-<UTC timestamp>.db`. */
export function defaultBackupFile(databaseFile: string, now = new Date()): string {
  return path.join(path.dirname(databaseFile), "backups", `${path.basename(databaseFile, ".db")}-${fileStamp(now)}.db`);
}

/**
 * `npm run db:backup`: an online, consistent copy of the live SQLite
 * database (the server may keep writing). Never overwrites a file. For
 * PostgreSQL, pg_dump does this job (README: Backups).
 */
export function backupDatabase(database: DatabaseConfig, target?: string): BackupResult {
  if (database.kind !== "sqlite") {
    throw new ConfigError("db:backup copies SQLite databases; for PostgreSQL use pg_dump (README, \"Backups\": pg_dump -Fc \"$DATABASE_URL\" -f triage.dump).");
  }
  if (!existsSync(database.file)) throw new ConfigError(`There is no database at ${database.file} to back up (check DATABASE_URL).`);
  const file = path.resolve(target ?? defaultBackupFile(database.file));
  if (existsSync(file)) throw new ConfigError(`${file} already exists: db:backup never overwrites a file. Name another one.`);
  mkdirSync(path.dirname(file), { recursive: true });
  return { file, ...copySqliteDatabase(database.file, file) };
}
