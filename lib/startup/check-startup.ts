import { ConfigError, ensureSqliteFolder, getConfig } from "@/lib/config/env";
import { listMigrationNames } from "@/lib/db/migrations/migration-files";
import { assertPostgresReachable } from "@/lib/db/connectivity";
import { db } from "@/lib/db/client";

/**
 * The server's start-up check: configuration valid, data folder writable or
 * PostgreSQL reachable, no pending migration. `npm start` and `npm run dev`
 * apply migrations before the server starts; the server itself does not
 * (the schema engine is a script-side tool), so a pending migration here
 * means the server was started some other way.
 */
export async function checkStartup(): Promise<void> {
  const { database } = getConfig();
  if (database.kind === "sqlite") ensureSqliteFolder(database.file);
  else await assertPostgresReachable(database.url);
  let applied: string[];
  try {
    const rows = await db().$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = rows.map((r) => r.migration_name);
  } catch {
    // A database that was never migrated has no _prisma_migrations table: every migration is pending.
    applied = [];
  }
  const pending = listMigrationNames(database.kind).filter((name) => !applied.includes(name));
  if (pending.length) {
    throw new ConfigError(`${pending.length} migration(s) not applied (${pending.join(", ")}). Run \`npm run db:migrate\`, or start with \`npm start\`, which applies them.`);
  }
}

export async function checkStartupOrExit(): Promise<void> {
  try {
    await checkStartup();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`triage: ${error.message}`);
    process.exit(1);
  }
}
