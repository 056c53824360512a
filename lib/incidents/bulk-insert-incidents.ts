import "server-only";
import { db } from "@/lib/db/client";
import { rebuildIncidentSearchIndex } from "@/lib/search/incident-search-index";
import { searchDialect } from "@/lib/search/search-dialect";
import { assertRunbooksExist } from "./check-runbook-slugs";
import { buildIncidentCreate } from "./build-incident";
import { checkIncidentTimes, type IncidentSource, type IncidentStatus, type Severity } from "./incident-schemas";

/** One incident of a bulk insert (the benchmarks' generated corpora): a complete record; the optional fields default to none. */
export interface BulkIncident {
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
  host?: string | null;
  alertname?: string | null;
  detectedAt?: Date | null;
  mitigatedAt?: Date | null;
  /** Linked runbooks, with whether the fix worked (null: no feedback yet). */
  runbooks?: { slug: string; fixWorked: boolean | null }[];
}

export interface BulkInsertOptions {
  now?: Date;
  /**
   * Rebuild the search index after the insert (default). A caller that
   * imports in several calls (bench:dashboard's million rows, chunk by chunk)
   * turns it off and leaves search unindexed on its throwaway database.
   */
  index?: boolean;
}

/** Rows per transaction: large enough to amortise the round trips, small enough for PostgreSQL's 65,535 bind parameters. */
const BATCH = 2000;
/** A batch is thousands of rows: Prisma's default 5 s for an interactive transaction is too short on a busy server. */
const BATCH_TIMEOUT_MS = 120_000;
const REBUILD_TIMEOUT_MS = 60 * 60_000;

/**
 * Inserts many incidents at once, each batch in one transaction with its
 * runbook links and one "created" timeline event per incident, built by
 * buildIncidentCreate like every other write; then rebuilds
 * the search index in one pass, much faster than indexing row by row. Every
 * record is checked first (time order, status times, runbook slugs), so a bad
 * record stops the import before anything is written. For benchmarks and
 * generated corpora; the API and the form create one at a time, and `triage
 * import` goes through importIncidents (validated row by row, idempotent).
 */
export async function bulkInsertIncidents(incidents: BulkIncident[], { now = new Date(), index = true }: BulkInsertOptions = {}): Promise<{ imported: number; insertMs: number; indexMs: number }> {
  incidents.forEach(checkImport);
  const started = performance.now();
  for (let start = 0; start < incidents.length; start += BATCH) {
    const batch = incidents.slice(start, start + BATCH).map(complete);
    await db().$transaction(
      async (tx) => {
        // The one write model (build-incident.ts): the same limits, text rules and derived columns as every create.
        const built = batch.map(({ runbooks, ...fields }) =>
          buildIncidentCreate(
            { namespace: null, ...fields, createdAt: fields.detectedAt ?? fields.startedAt },
            {
              text: "refuse",
              links: runbooks.map((link) => ({ slug: link.slug, fixWorked: link.fixWorked, linkedAt: fields.startedAt })),
              events: [{ kind: "created", at: fields.startedAt, author: fields.reporter, via: "import", message: `Incident imported: ${fields.title}` }],
            },
          ),
        );
        const rows = await tx.incident.createManyAndReturn({ data: built.map((b) => ({ ...b.row, updatedAt: now })), select: { id: true } });
        // createManyAndReturn answers in insert order on both providers.
        await tx.incidentRunbook.createMany({ data: built.flatMap((b, k) => b.links.map((link) => ({ ...link, incidentId: rows[k].id }))) });
        await tx.incidentEvent.createMany({ data: built.flatMap((b, k) => b.events.map((event) => ({ ...event, incidentId: rows[k].id }))) });
      },
      { timeout: BATCH_TIMEOUT_MS, maxWait: BATCH_TIMEOUT_MS },
    );
  }
  const inserted = performance.now();
  if (index) await db().$transaction((tx) => rebuildIncidentSearchIndex(tx, searchDialect()), { timeout: REBUILD_TIMEOUT_MS, maxWait: 60_000 });
  return { imported: incidents.length, insertMs: inserted - started, indexMs: performance.now() - inserted };
}

function complete(incident: BulkIncident): Required<BulkIncident> {
  return { host: null, alertname: null, detectedAt: null, mitigatedAt: null, runbooks: [], ...incident };
}

function checkImport(incident: BulkIncident, index: number): void {
  const record = complete(incident);
  const problems = Object.entries(checkIncidentTimes(record)).map(([field, message]) => `${field}: ${message}`);
  if ((record.status === "resolved") !== (record.resolvedAt !== null)) problems.push("resolvedAt: set exactly when the status is resolved");
  if (record.status === "mitigated" && !record.mitigatedAt) problems.push("mitigatedAt: required while mitigated");
  if (problems.length) throw new Error(`Incident ${index} ("${record.title}"): ${problems.join("; ")}`);
  assertRunbooksExist(record.runbooks.map((l) => l.slug));
}
