import { ConfigError, ensureSqliteFolder, type DatabaseConfig } from "@/lib/config/env";
import { assertPostgresReachable, oneLine } from "./connectivity";
import { withDatabaseLock } from "./database-lock";
import { applyMigrations } from "./migrations/apply-migrations";
import { useWriteAheadLog } from "./sqlite-journal";

/**
 * Script-side start-up work for the database (npm start, db:migrate, tests):
 * the SQLite folder exists and is writable, PostgreSQL answers, SQLite runs in
 * WAL mode, and every migration is applied. Processes doing this at once take
 * turns (database-lock.ts): the second finds the migrations applied. Failures
 * become a ConfigError whose message says what is wrong and how to fix it.
 */
export async function prepareDatabase(database: DatabaseConfig): Promise<string[]> {
  if (database.kind === "sqlite") ensureSqliteFolder(database.file);
  else await assertPostgresReachable(database.url);
  return withDatabaseLock(database, async () => {
    try {
      if (database.kind === "sqlite") useWriteAheadLog(database.file);
      return await applyMigrations(database);
    } catch (error) {
      throw new ConfigError(`Applying migrations failed: ${oneLine(error)}`);
    }
  });
}
