/**
 * `npm run db:migration -- <name>`: writes a migration for each provider from
 * the change in prisma/models. Each provider's existing migrations are applied
 * to a scratch database (a temp SQLite file; a throwaway PostgreSQL cluster,
 * or TEST_DATABASE_URL), which is then diffed against the schema.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseDatabaseUrl, type DatabaseConfig } from "@/lib/config/env";
import { applyMigrations, diffDatabaseToSchema } from "@/lib/db/migrations/apply-migrations";
import { toMigrationName, writeMigration } from "@/lib/db/migrations/write-migration";
import { startPgCluster } from "../lib/pg-cluster";
import { exitWithError } from "../lib/fail";
import { execFileSync } from "node:child_process";

async function migrationFor(database: DatabaseConfig, name: string): Promise<void> {
  await applyMigrations(database);
  const sql = await diffDatabaseToSchema(database);
  if (!sql) {
    console.log(`${database.kind}: no schema change, no migration written.`);
    return;
  }
  const folder = writeMigration(database.kind, name, sql);
  console.log(`${database.kind}: wrote prisma/${database.kind}/migrations/${folder}/migration.sql`);
}

try {
  const name = toMigrationName(process.argv.slice(2).join(" "));
  // Refresh the provider copies of prisma/models and the generated clients first.
  execFileSync("npx", ["tsx", "scripts/db/generate.ts"], { stdio: "inherit" });

  const scratch = mkdtempSync(path.join(os.tmpdir(), "triage-migration-"));
  try {
    await migrationFor(parseDatabaseUrl(`file:${path.join(scratch, "scratch.db")}`), name);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const given = process.env.TEST_DATABASE_URL;
  const cluster = given ? undefined : await startPgCluster("triage_migration");
  try {
    await migrationFor(parseDatabaseUrl(given ?? cluster!.url), name);
  } finally {
    cluster?.stop();
  }
} catch (error) {
  exitWithError(error);
}
