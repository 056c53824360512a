import { getConfig } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { listMigrationNames } from "@/lib/db/migrations/migration-files";
import type { HealthDetails } from "./health-schemas";

export class DatabaseUnavailableError extends Error {}

/** Database kind, migration state and row counts; throws DatabaseUnavailableError with the reason when the database does not answer. */
export async function getHealth(): Promise<HealthDetails> {
  const { database } = getConfig();
  try {
    const rows = await db().$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`;
    const applied = rows.map((r) => r.migration_name);
    const pending = listMigrationNames(database.kind).filter((name) => !applied.includes(name));
    const [incidents, runbookLinks, events] = await Promise.all([db().incident.count(), db().incidentRunbook.count(), db().incidentEvent.count()]);
    return {
      status: "ok",
      database: { kind: database.kind, migrations: { applied, pending, upToDate: pending.length === 0 }, counts: { incidents, runbookLinks, events } },
    };
  } catch (error) {
    const message = (error as Error).message?.split("\n").filter(Boolean).pop() ?? String(error);
    throw new DatabaseUnavailableError(`${database.kind} database unavailable: ${message}`);
  }
}
