import "server-only";
import { db } from "@/lib/db/client";
import { assertRunbooksExist } from "./check-runbook-slugs";
import { derivedColumns } from "./incident-derived-columns";
import type { IncidentRow } from "./incident-dto";
import { checkIncidentTimes } from "./incident-schemas";

/** One incident of a bulk load: a complete record with its times and runbook links (feedback included). */
export type BulkIncident = Pick<
  IncidentRow,
  | "title" | "severity" | "status" | "service" | "environment" | "host" | "source" | "alertname" | "reporter"
  | "phenomenon" | "cause" | "fix" | "result" | "startedAt" | "detectedAt" | "mitigatedAt" | "resolvedAt"
> & { runbooks: { slug: string; fixWorked: boolean | null }[] };

/** Rows per transaction: large enough to amortise the round trips, small enough for PostgreSQL's 65,535 bind parameters. */
const BATCH = 2000;
/** A batch is thousands of rows: Prisma's default 5 s for an interactive transaction is too short on a busy server. */
const BATCH_TIMEOUT_MS = 120_000;

/**
 * Writes many incidents at once (benchmarks, imports): each batch in one
 * transaction with its runbook links and one "created" timeline event per
 * incident, derived columns from the same derivedColumns() as every other
 * write. Every record is checked first (time order, status times, runbook
 * slugs), so a bad record stops the load before anything of its batch is
 * written. Returns how many incidents were written.
 */
export async function bulkLoadIncidents(incidents: BulkIncident[], now = new Date()): Promise<number> {
  incidents.forEach(checkBulkIncident);
  for (let start = 0; start < incidents.length; start += BATCH) {
    const batch = incidents.slice(start, start + BATCH);
    await db().$transaction(async (tx) => {
      const rows = await tx.incident.createManyAndReturn({
        data: batch.map(({ runbooks: _links, ...fields }) => ({ ...fields, ...derivedColumns(fields), createdAt: fields.detectedAt ?? fields.startedAt, updatedAt: now })),
        select: { id: true },
      });
      // createManyAndReturn answers in insert order on both providers.
      await tx.incidentRunbook.createMany({
        data: batch.flatMap((incident, k) => incident.runbooks.map((link) => ({ incidentId: rows[k].id, runbookSlug: link.slug, fixWorked: link.fixWorked, linkedAt: incident.startedAt }))),
      });
      await tx.incidentEvent.createMany({
        data: batch.map((incident, k) => ({ incidentId: rows[k].id, kind: "created" as const, at: incident.startedAt, author: incident.reporter, message: `Incident imported: ${incident.title}` })),
      });
    }, { timeout: BATCH_TIMEOUT_MS, maxWait: BATCH_TIMEOUT_MS });
  }
  return incidents.length;
}

function checkBulkIncident(incident: BulkIncident, index: number): void {
  const problems = Object.entries(checkIncidentTimes(incident)).map(([field, message]) => `${field}: ${message}`);
  if ((incident.status === "resolved") !== (incident.resolvedAt !== null)) problems.push("resolvedAt: set exactly when the status is resolved");
  if (incident.status === "mitigated" && !incident.mitigatedAt) problems.push("mitigatedAt: required while mitigated");
  if (problems.length) throw new Error(`Incident ${index} ("${incident.title}"): ${problems.join("; ")}`);
  assertRunbooksExist(incident.runbooks.map((l) => l.slug));
}
