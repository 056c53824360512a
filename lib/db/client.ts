import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { getConfig, type DatabaseConfig } from "@/lib/config/env";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { SQLITE_BUSY_TIMEOUT_MS } from "./sqlite-journal";

/**
 * The one Prisma client of the process. Only code under lib/ may import it.
 *
 * Two clients are generated from the same models (prisma/models), one per
 * provider; the app picks one from DATABASE_URL. Their model APIs are the same,
 * so the rest of the code is typed against the SQLite client and uses no
 * provider-only features (such as `mode: "insensitive"`).
 */
export type Db = InstanceType<typeof SqliteClient>;
/** The client inside an interactive transaction (`db().$transaction(async (tx) => …)`). */
export type DbTransaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];
/** Either: functions that must also run inside a caller's transaction take this. */
export type DbExecutor = Db | DbTransaction;

export function createClient(database: DatabaseConfig): Db {
  if (database.kind === "postgres") {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    // Same models, same generated API surface: see the comment above.
    return client as unknown as Db;
  }
  return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: database.url, timeout: SQLITE_BUSY_TIMEOUT_MS }) });
}

declare global {
  // A global, so the one instance survives Next's dev reloads (`var` is how TypeScript declares one).
  var triageDb: Db | undefined;
}

/** The shared client; kept on globalThis so Next's dev reloads do not open a new pool each time. */
export function db(): Db {
  globalThis.triageDb ??= createClient(getConfig().database);
  return globalThis.triageDb;
}

/**
 * Closes the shared client if this process opened it (the server on SIGTERM):
 * SQLite then checkpoints its write-ahead log into the database file.
 */
export async function disconnectDb(): Promise<void> {
  const client = globalThis.triageDb;
  globalThis.triageDb = undefined;
  await client?.$disconnect();
}
