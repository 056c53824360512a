import "server-only";
import { getConfig } from "@/lib/config/env";
import { db } from "./client";

/**
 * After a bulk load (benchmarks, imports): PostgreSQL's VACUUM ANALYZE, what
 * autovacuum does on its own a little later, so plans (index-only scans on the
 * metrics index need the visibility map) are those of a settled database.
 * SQLite keeps no statistics unless ANALYZE is run, and the app never runs it,
 * so nothing is done there: its plans are the ones users get.
 */
export async function refreshPlannerStatistics(): Promise<void> {
  if (getConfig().database.kind !== "postgres") return;
  for (const table of ["Incident", "IncidentRunbook"]) await db().$executeRawUnsafe(`VACUUM ANALYZE "${table}"`);
}
