import { ConfigError, ensureSqliteFolder, type DatabaseConfig } from "@/lib/config/env";
import { deriveTitleKeys } from "@/lib/incidents/derive-title-keys";
import { ensureIncidentSearchIndex } from "@/lib/search/ensure-incident-search-index";
import { assertPostgresReachable, oneLine } from "./connectivity";
import { withDatabaseLock } from "./database-lock";
import { applyMigrations } from "./migrations/apply-migrations";
import { useWriteAheadLog } from "./sqlite-journal";

/**
 * Script-side start-up work for the database (npm start, db:migrate, tests):
 * the SQLite folder exists and is writable, PostgreSQL answers, SQLite runs in
 * WAL mode, every migration is applied, the incident search index is built
 * with the current tokeniser, and the title keys (which the same tokeniser
 * derives) are filled in or, after a tokeniser change, derived again: the
 * steps SQL cannot do in a migration. Processes doing this at once take turns
 * (database-lock.ts): the second finds the work done. Failures become a
 * ConfigError whose message says what is wrong and how to fix it.
 */
export async function prepareDatabase(database: DatabaseConfig): Promise<string[]> {
  if (database.kind === "sqlite") ensureSqliteFolder(database.file);
  else await assertPostgresReachable(database.url);
  return withDatabaseLock(database, async () => {
    let applied: string[];
    try {
      if (database.kind === "sqlite") useWriteAheadLog(database.file);
      applied = await applyMigrations(database);
    } catch (error) {
      throw new ConfigError(`Applying migrations failed: ${oneLine(error)}`);
    }
    let reindexed: number | null;
    try {
      reindexed = await ensureIncidentSearchIndex(database);
    } catch (error) {
      throw new ConfigError(`Building the incident search index failed: ${oneLine(error)}`);
    }
    await deriveTitleKeys(database, { all: reindexed !== null });
    return applied;
  });
}
