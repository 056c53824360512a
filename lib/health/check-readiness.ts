import "server-only";
import { getConfig } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { listMigrationNames } from "@/lib/db/migrations/migration-files";

/**
 * Readiness (Kubernetes readinessProbe): the database answers and every
 * migration this build ships is applied. No counts: a probe every few
 * seconds must stay cheap. Liveness needs nothing from here (the process
 * answering at all is the signal; restarting it would not fix the database).
 */
export async function checkReadiness(): Promise<boolean> {
  try {
    const rows = await db().$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((r) => r.migration_name));
    return listMigrationNames(getConfig().database.kind).every((name) => applied.has(name));
  } catch {
    return false;
  }
}
