import Database from "better-sqlite3";
import pg from "pg";
import { scratchDatabase } from "./processes";

/**
 * The databases of the reliability tests. scripts/test-reliability.ts runs
 * the suite once per provider: DATABASE_URL is a SQLite file (each test then
 * uses a fresh file of its own) or a PostgreSQL database (each test creates a
 * fresh database on that server). Rows are read back with the drivers
 * directly: these tests check what is on disk, not what the app says.
 */
export const leg: "sqlite" | "postgres" = /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "") ? "postgres" : "sqlite";

let created = 0;

export async function freshDatabaseUrl(): Promise<string> {
  if (leg === "sqlite") return scratchDatabase().url;
  const base = new URL(process.env.DATABASE_URL ?? "");
  const name = `triage_rel_${process.pid}_${++created}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  base.pathname = `/${name}`;
  return base.toString();
}

export function sqliteFile(url: string): string {
  return url.slice("file:".length);
}

/** Every incident title stored, straight from the database. */
export async function storedTitles(url: string): Promise<Set<string>> {
  if (leg === "sqlite") {
    const handle = new Database(sqliteFile(url), { readonly: true, timeout: 5000 });
    try {
      return new Set(handle.prepare('select title from "Incident"').pluck().all() as string[]);
    } finally {
      handle.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return new Set((await client.query<{ title: string }>('select title from "Incident"')).rows.map((r) => r.title));
  } finally {
    await client.end();
  }
}

/** SQLite only: `PRAGMA integrity_check` and the journal mode, read by a fresh connection. */
export function inspectSqlite(file: string): { integrity: string; journalMode: string } {
  const handle = new Database(file, { timeout: 5000 });
  try {
    return {
      integrity: (handle.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; "),
      journalMode: String(handle.pragma("journal_mode", { simple: true })),
    };
  } finally {
    handle.close();
  }
}
