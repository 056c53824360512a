import "server-only";
import { db } from "@/lib/db/client";
import { rebuildIncidentSearchIndex } from "@/lib/search/incident-search-index";
import { searchDialect } from "@/lib/search/search-dialect";
import { buildIncidentCreate } from "./build-incident";
import type { IncidentSource, IncidentStatus, Severity } from "./incident-schemas";

/** One incident of a bulk import (already valid: a generator or a migration from another tool). */
export interface IncidentImport {
  title: string;
  severity: Severity;
  status: IncidentStatus;
  service: string;
  environment: string;
  source: IncidentSource;
  reporter: string;
  phenomenon: string;
  cause: string;
  fix: string;
  result: string;
  startedAt: Date;
  resolvedAt: Date | null;
}

const BATCH = 1000;
const REBUILD_TIMEOUT_MS = 60 * 60_000;

/**
 * Inserts many incidents at once (no runbook links, no timeline) and then
 * rebuilds the search index in one pass, which is much faster than indexing
 * row by row. For benchmarks and imports; the API and the form create one at
 * a time. Returns the milliseconds spent inserting and indexing.
 */
export async function importIncidents(incidents: IncidentImport[], now = new Date()): Promise<{ insertMs: number; indexMs: number }> {
  const started = performance.now();
  for (let i = 0; i < incidents.length; i += BATCH) {
    await db().incident.createMany({
      // The same builder, limits and derived columns as every other create path.
      data: incidents.slice(i, i + BATCH).map(
        (incident) => buildIncidentCreate({ ...incident, host: null, namespace: null, detectedAt: null, mitigatedAt: null, createdAt: now }, { text: "refuse" }).row,
      ),
    });
  }
  const inserted = performance.now();
  await db().$transaction((tx) => rebuildIncidentSearchIndex(tx, searchDialect()), { timeout: REBUILD_TIMEOUT_MS, maxWait: 60_000 });
  return { insertMs: inserted - started, indexMs: performance.now() - inserted };
}
