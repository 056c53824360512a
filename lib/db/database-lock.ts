import Database from "better-sqlite3";
import pg from "pg";
import { ConfigError, redact, type DatabaseConfig } from "@/lib/config/env";

/**
 * A lock held across processes while one of them migrates or seeds a
 * database, so that two `npm start` (or `npm start` and `db:seed`) on one
 * fresh database take turns: the second waits, then finds the work done.
 *
 * SQLite: an exclusive transaction on a small sidecar database `<file>.lock`
 * (not on the database itself, whose writes the migration needs). The
 * operating system drops the lock when its process dies, so a killed start
 * never leaves a stale lock behind. PostgreSQL: a session advisory lock.
 *
 * Waits up to TRIAGE_DB_LOCK_WAIT_MS (default 120 s: migrations and the seed
 * take a few seconds even on a busy machine); after that, one ConfigError
 * line names the file.
 */
export const LOCK_WAIT_MS = Number(process.env.TRIAGE_DB_LOCK_WAIT_MS) || 120_000;
const POLL_MS = 100;
/** pg_advisory_lock key: any fixed 64-bit number the app uses for nothing else. */
const PG_LOCK_KEY = 7_405_112_013;

export function lockFileFor(file: string): string {
  return `${file}.lock`;
}

interface HeldLock {
  release(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `tryTake` until it succeeds or `waitMs` passes; says once that it is waiting. */
async function poll(tryTake: () => Promise<boolean>, what: string, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  let announced = false;
  while (!(await tryTake())) {
    if (Date.now() >= deadline) {
      throw new ConfigError(
        `Another process has held the lock on ${what} for ${Math.round(waitMs / 1000)} s (it is migrating or seeding that database): let it finish or stop it, then retry.`,
      );
    }
    if (!announced) console.error(`triage: waiting for another process to finish migrating or seeding (lock: ${what})…`);
    announced = true;
    await sleep(POLL_MS);
  }
}

async function lockSqlite(file: string, waitMs: number): Promise<HeldLock> {
  const lockFile = lockFileFor(file);
  const handle = new Database(lockFile, { timeout: 0 });
  try {
    await poll(
      async () => {
        try {
          handle.exec("BEGIN EXCLUSIVE");
          return true;
        } catch (error) {
          if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) return false;
          throw error;
        }
      },
      lockFile,
      waitMs,
    );
  } catch (error) {
    handle.close();
    throw error;
  }
  return {
    release: async () => {
      handle.exec("ROLLBACK");
      handle.close();
    },
  };
}

async function lockPostgres(url: string, waitMs: number): Promise<HeldLock> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await poll(
      async () => (await client.query<{ taken: boolean }>("select pg_try_advisory_lock($1) as taken", [PG_LOCK_KEY])).rows[0].taken,
      `${redact(url)} (advisory lock ${PG_LOCK_KEY})`,
      waitMs,
    );
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  // Ending the session releases its advisory locks.
  return { release: () => client.end() };
}

/** Runs `work` while holding the database's migrate-and-seed lock. */
export async function withDatabaseLock<T>(database: DatabaseConfig, work: () => Promise<T>, waitMs = LOCK_WAIT_MS): Promise<T> {
  const lock = database.kind === "sqlite" ? await lockSqlite(database.file, waitMs) : await lockPostgres(database.url, waitMs);
  try {
    return await work();
  } finally {
    await lock.release();
  }
}
