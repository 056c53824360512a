import "server-only";
import type { DatabaseConfig } from "@/lib/config/env";
import { createClient } from "@/lib/db/client";
import { rebuildIncidentSearchIndex, searchIndexVersion, storedSearchIndexVersion } from "./incident-search-index";

/** Long enough for a six-figure incident count on a slow disk. */
const REBUILD_TIMEOUT_MS = 30 * 60_000;

/**
 * Rebuilds the incident search index when it was built by another tokeniser
 * version, or never (right after the migration that created it). Returns the
 * number of incidents indexed, or null when the index was current.
 */
export async function ensureIncidentSearchIndex(database: DatabaseConfig, log: (line: string) => void = console.log): Promise<number | null> {
  const client = createClient(database);
  try {
    if ((await storedSearchIndexVersion(client, database.kind)) === searchIndexVersion()) return null;
    const started = Date.now();
    const indexed = await client.$transaction((tx) => rebuildIncidentSearchIndex(tx, database.kind), { timeout: REBUILD_TIMEOUT_MS, maxWait: 60_000 });
    if (indexed > 0) log(`triage: indexed ${indexed} incident(s) for search in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return indexed;
  } finally {
    await client.$disconnect();
  }
}
