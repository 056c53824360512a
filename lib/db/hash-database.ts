import "server-only";
import { createHash } from "node:crypto";
import { getConfig } from "@/lib/config/env";
import { db } from "./client";

/**
 * A SHA-256 over the content of every table (search index tables included;
 * on SQLite an FTS5 table is read through its virtual table, not its binary shadow tables),
 * rows in a stable order: two equal hashes mean the database is unchanged.
 * Except RateLimitBucket: it counts requests, refused ones too, by design (a
 * refused write still spends the client's allowance), so it is not "what is stored".
 * For the input-fuzzing guarantees (tests/db/input-fuzz.test.ts) and for
 * operators comparing a restore; reads everything, so not for hot paths.
 */
const REQUEST_COUNTERS = new Set(["RateLimitBucket"]);

export async function hashDatabase(): Promise<string> {
  const kind = getConfig().database.kind;
  const tables =
    kind === "sqlite"
      ? await db().$queryRaw<{ name: string }[]>`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%' ORDER BY name`
      : await db().$queryRaw<{ name: string }[]>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const hash = createHash("sha256");
  for (const { name } of tables.filter((t) => !REQUEST_COUNTERS.has(t.name))) {
    const table = `"${name.replaceAll('"', '""')}"`;
    // PostgreSQL: each row as JSON text, so columns the driver cannot decode (tsvector) are hashed too.
    const rows = await db().$queryRawUnsafe<Record<string, unknown>[]>(kind === "sqlite" ? `SELECT * FROM ${table}` : `SELECT row_to_json(t)::text AS row FROM ${table} t`);
    const lines = rows.map((row) => JSON.stringify(row, (_key, value) => (typeof value === "bigint" ? value.toString() : value))).sort();
    hash.update(`${name}\n${lines.join("\n")}\n`);
  }
  return hash.digest("hex");
}
