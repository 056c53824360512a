import type { DatabaseConfig } from "@/lib/config/env";
import { externalTableNames } from "@/lib/search/search-index-tables";
import { readMigrationList } from "./migration-files";
import { pendingMigrationNames } from "./pending-migrations";
import { withSchemaEngine } from "./schema-engine";

/** Tables the migrations create but the Prisma models do not describe (the search index): never diffed away. */
const filtersFor = (database: DatabaseConfig) => ({ externalTables: externalTableNames(database.kind, database.url), externalEnums: [] });

/**
 * Applies the provider's pending migrations; returns the names it applied
 * (empty when up to date). An up-to-date database is recognised with one
 * read and the schema engine is not started: the engine takes SQLite's write
 * lock even with nothing to do, and in WAL mode fails (SocketTimeout) while
 * another connection has the file open — a second server, or a writing one.
 */
export async function applyMigrations(database: DatabaseConfig): Promise<string[]> {
  if ((await pendingMigrationNames(database)).length === 0) return [];
  return withSchemaEngine(database, async ({ engine }) => {
    const result = await engine.applyMigrations({ migrationsList: readMigrationList(database.kind), filters: filtersFor(database) });
    return result.appliedMigrationNames;
  });
}

/**
 * The SQL that takes a database migrated to the latest migration to the
 * current schema, or "" when they already match. Diffs the live database
 * (there is no shadow database for SQLite in the wasm engine).
 */
export async function diffDatabaseToSchema(database: DatabaseConfig): Promise<string> {
  return withSchemaEngine(database, async ({ engine, schemaFiles }) => {
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files: schemaFiles, configDir: process.cwd() },
      to: { tag: "schemaDatamodel", files: schemaFiles },
      script: true,
      exitCode: null,
      filters: filtersFor(database),
    });
    const sql = result.stdout ?? "";
    return /^\s*(-- This is an empty migration\.)?\s*$/.test(sql) ? "" : sql;
  });
}
