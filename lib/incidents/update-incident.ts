import "server-only";
import { authorize, eventVia, isKnown, type RequestContext } from "@/lib/auth/actor";
import { db, type DbTransaction } from "@/lib/db/client";
import { authorOf } from "./author";
import { runbookExists } from "@/lib/runbooks/runbook-index";
import { indexIncidentSearch } from "@/lib/search/incident-search-index";
import { searchDialect } from "@/lib/search/search-dialect";
import { isUniqueViolation } from "./db-errors";
import { ConflictError, FieldValidationError, NotFoundError } from "./errors";
import { toIncidentDto, type IncidentDto } from "./incident-dto";
import type { IncidentUpdate } from "./incident-schemas";
import { planIncidentUpdate } from "./plan-incident-update";
import { INCIDENT_INCLUDE } from "./query-incidents";

/** Another write landed between this one's read and its write. */
class StaleReadError extends Error {}

const ATTEMPTS = 3;

/**
 * Applies a PATCH (incidentUpdateSchema's output): fields, status
 * transitions, runbook links and feedback, and their timeline events, in one
 * transaction. Every write bumps `version`; the row is written only if its
 * version is still the one read, so two concurrent writers cannot both win.
 * With `patch.version` the caller asked for that check (409 when stale);
 * without it a lost race is simply retried on fresh data.
 */
export async function updateIncident(ctx: RequestContext, id: number, patch: IncidentUpdate, now = new Date()): Promise<IncidentDto> {
  authorize(ctx, "incidents:write");
  // The answer is the whole stored incident: a token that may only write would read any incident
  // through a PATCH that changes nothing (and leaves no trace).
  authorize(ctx, "incidents:read");
  const author = authorOf(ctx, patch.author, "author", "anonymous");
  if (patch.reporter !== undefined && isKnown(ctx.actor)) {
    throw new FieldValidationError({ reporter: "The reporter is who logged the incident, recorded at sign-in; it cannot be changed" });
  }
  const by = { author, via: eventVia(ctx) };
  for (let attempt = 1; ; attempt++) {
    try {
      return await db().$transaction((tx) => applyPatch(tx, id, patch, by, now));
    } catch (error) {
      // Alert incidents are unique per (fingerprint, startedAt): moving the start onto another firing's is refused.
      if (isUniqueViolation(error)) throw new FieldValidationError({ startedAt: "Another incident of the same alert starts at that time" });
      if (!(error instanceof StaleReadError)) throw error;
      if (patch.version !== undefined || attempt >= ATTEMPTS) throw new ConflictError(`Incident ${id} was changed meanwhile; reload it and apply your change again`);
    }
  }
}

async function applyPatch(tx: DbTransaction, id: number, patch: IncidentUpdate, by: { author: string; via: string }, now: Date): Promise<IncidentDto> {
  const row = await tx.incident.findUnique({ where: { id }, include: INCIDENT_INCLUDE });
  if (!row) throw new NotFoundError(`Incident ${id} not found`);
  if (patch.version !== undefined && patch.version !== row.version) {
    throw new ConflictError(`Incident ${id} is at version ${row.version}, not ${patch.version}: someone changed it; reload it and apply your change again`);
  }
  const plan = planIncidentUpdate(row, patch, now, runbookExists);
  if (!plan.changed) return toIncidentDto(row);

  const written = await tx.incident.updateMany({
    where: { id, version: row.version },
    data: { ...plan.data, updatedAt: now, version: { increment: 1 } },
  });
  if (written.count === 0) throw new StaleReadError();
  await indexIncidentSearch(tx, searchDialect(), id, row.searchTokens, plan.data.searchTokens);
  if (plan.unlink.length) await tx.incidentRunbook.deleteMany({ where: { incidentId: id, runbookSlug: { in: plan.unlink } } });
  if (plan.link.length) await tx.incidentRunbook.createMany({ data: plan.link.map((runbookSlug) => ({ incidentId: id, runbookSlug, linkedAt: now })) });
  for (const entry of plan.feedback) {
    await tx.incidentRunbook.update({ where: { incidentId_runbookSlug: { incidentId: id, runbookSlug: entry.slug } }, data: { fixWorked: entry.fixWorked } });
  }
  await tx.incidentEvent.createMany({ data: plan.events.map((e) => ({ incidentId: id, kind: e.kind, at: now, ...by, message: e.message })) });
  const updated = await tx.incident.findUniqueOrThrow({ where: { id }, include: INCIDENT_INCLUDE });
  return toIncidentDto(updated);
}
