import { ConfigError, ensureSqliteFolder, type DatabaseConfig } from "@/lib/config/env";
import { assertPostgresReachable, oneLine } from "./connectivity";
import { applyMigrations } from "./migrations/apply-migrations";

/**
 * Script-side start-up work for the database (npm start, db:migrate, tests):
 * the SQLite folder exists and is writable, PostgreSQL answers, and every
 * migration is applied, then derived columns a migration left empty are
 * filled. Failures become a ConfigError whose message says what
 * is wrong and how to fix it.
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
  // Derived data that SQL migrations cannot compute (it needs lib/ code). Loaded here, not at the top,
  // so the start-up error paths above do not pay for loading the Prisma clients.
  const { deriveMissingTitleKeys } = await import("@/lib/incidents/derive-title-keys");
  await deriveMissingTitleKeys();
  return applied;
}
