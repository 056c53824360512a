import "server-only";
import { authorize, type RequestContext } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { buildRunbookDraft, type DraftLibrary, type RunbookDraft } from "@/lib/runbooks/build-runbook-draft";
import { listRunbooks } from "@/lib/runbooks/runbook-index";
import { NotFoundError } from "./errors";
import { toIncidentDto } from "./incident-dto";
import { INCIDENT_INCLUDE } from "./query-incidents";

/**
 * A runbook draft from one incident (the incident page's "Draft a runbook") or
 * several of the same kind (a runbook gap on the dashboard), merged in the
 * order given. The MDX is built by the pure buildRunbookDraft; this loads the
 * incidents and what the draft must know about the library.
 */
export async function draftRunbook(ctx: RequestContext, incidentIds: number[], now = new Date()): Promise<RunbookDraft> {
  authorize(ctx, "incidents:read");
  const rows = await db().incident.findMany({ where: { id: { in: incidentIds } }, include: INCIDENT_INCLUDE });
  const byId = new Map(rows.map((row) => [row.id, toIncidentDto(row)]));
  const missing = incidentIds.filter((id) => !byId.has(id));
  if (missing.length) throw new NotFoundError(`Incident${missing.length > 1 ? "s" : ""} ${missing.join(", ")} not found`);
  return buildRunbookDraft(
    incidentIds.map((id) => byId.get(id)!),
    libraryForDrafts(now),
  );
}

export function libraryForDrafts(now = new Date()): DraftLibrary {
  const runbooks = listRunbooks();
  return {
    claimedAlerts: new Map(runbooks.flatMap((r) => r.alerts.map((alert) => [alert, r.slug] as const))),
    slugs: new Set(runbooks.map((r) => r.slug)),
    today: now.toISOString().slice(0, 10),
  };
}
