import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseConfig } from "@/lib/config/env";
import { SQLITE_BUSY_TIMEOUT_MS } from "../sqlite-journal";
import { listMigrationNames } from "./migration-files";

const APPLIED = 'select migration_name from "_prisma_migrations" where finished_at is not null and rolled_back_at is null';

async function appliedNames(database: DatabaseConfig): Promise<Set<string>> {
  if (database.kind === "sqlite") {
    const handle = new Database(database.file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
    try {
      const table = handle.prepare("select 1 from sqlite_master where type = 'table' and name = '_prisma_migrations'").get();
      return new Set(table ? (handle.prepare(APPLIED).pluck().all() as string[]) : []);
    } finally {
      handle.close();
    }
  }
  const client = new pg.Client({ connectionString: database.url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const table = await client.query("select to_regclass('\"_prisma_migrations\"') is not null as present");
    if (!table.rows[0]?.present) return new Set();
    return new Set((await client.query<{ migration_name: string }>(APPLIED)).rows.map((r) => r.migration_name));
  } finally {
    await client.end();
  }
}

/**
 * The migration folders not yet recorded as applied, found with one read
 * (applyMigrations starts the schema engine only when there are some).
 */
export async function pendingMigrationNames(database: DatabaseConfig): Promise<string[]> {
  const applied = await appliedNames(database);
  return listMigrationNames(database.kind).filter((name) => !applied.has(name));
}
