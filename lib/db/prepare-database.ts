import { ConfigError, ensureSqliteFolder, type DatabaseConfig } from "@/lib/config/env";
import { ensureIncidentSearchIndex } from "@/lib/search/ensure-incident-search-index";
import { assertPostgresReachable, oneLine } from "./connectivity";
import { applyMigrations } from "./migrations/apply-migrations";

/**
 * Script-side start-up work for the database (npm start, db:migrate, tests):
 * the SQLite folder exists and is writable, PostgreSQL answers, every
 * migration is applied, and the incident search index is built with the
 * current tokeniser (the one step SQL cannot do in a migration). Failures
 * become a ConfigError whose message says what is wrong and how to fix it.
 */
export async function prepareDatabase(database: DatabaseConfig): Promise<string[]> {
  if (database.kind === "sqlite") ensureSqliteFolder(database.file);
  else await assertPostgresReachable(database.url);
  let applied: string[];
  try {
    applied = await applyMigrations(database);
  } catch (error) {
    throw new ConfigError(`Applying migrations failed: ${oneLine(error)}`);
  }
  try {
    await ensureIncidentSearchIndex(database);
  } catch (error) {
    throw new ConfigError(`Building the incident search index failed: ${oneLine(error)}`);
  }
  return applied;
}
