import "server-only";
import { z } from "zod";
import { authorize, eventVia, type RequestContext } from "@/lib/auth/actor";
import { db, type DbTransaction } from "@/lib/db/client";
import { yieldToEventLoop } from "@/lib/db/yield";
import { buildIncidentCreate, toNestedCreate, type BuiltIncident } from "@/lib/incidents/build-incident";
import { isUniqueViolation } from "@/lib/incidents/db-errors";
import { ConflictError } from "@/lib/incidents/errors";
import { derivedColumns } from "@/lib/incidents/incident-derived-columns";
import { findRunbookByAlert, runbookExists } from "@/lib/runbooks/runbook-index";
import { indexIncidentSearch } from "@/lib/search/incident-search-index";
import { searchDialect } from "@/lib/search/search-dialect";
import { alertToIncident, autoResolutionResult, type RunbookLookups } from "./alert-to-incident";
import type { AlertmanagerAlert, AlertmanagerPayload } from "./alertmanager-payload-schema";

/**
 * POST /api/alerts/alertmanager, after the payload passed its schema.
 *
 * One incident per alert firing, keyed by (fingerprint, startsAt), which is
 * what Alertmanager repeats on every redelivery and changes on a new firing.
 *
 * A delivery is stored whole or not at all: every alert of it is written in
 * ONE transaction, so a failure leaves nothing behind and Alertmanager's
 * retry starts from the same state. A delivery racing another one (the
 * unique index on (fingerprint, startsAt) refuses the second insert, or a
 * resolve finds the row changed under it) is rolled back and run again from
 * the top; the second run sees the winner's rows and reports them unchanged.
 *
 * What one delivery may cost (README "Security → Limits"): at most
 * MAX_ALERTS_PER_DELIVERY alerts in at most 1 MiB, each value cut to the
 * limits of lib/incidents/incident-limits.ts. The CPU work (mapping and search
 * tokens) is done before the transaction opens, and both phases yield to the
 * event loop every YIELD_EVERY alerts, so other requests (health checks,
 * pages, other writes' reads) are served between slices instead of waiting
 * for the whole delivery.
 */

export const alertmanagerIngestResultSchema = z
  .object({
    created: z.array(z.number().int()).describe("Incident ids opened by firing alerts."),
    resolved: z.array(z.number().int()).describe("Incident ids resolved by resolved alerts."),
    unchanged: z.array(z.number().int()).describe("Incident ids that already reflected the alert (redelivery)."),
    ignored: z.number().int().describe("Resolved alerts with no incident to resolve (fired before Triage saw them)."),
  })
  .meta({ id: "AlertmanagerIngestResult" });
export type AlertmanagerIngestResult = z.infer<typeof alertmanagerIngestResultSchema>;

const AUTHOR = "alertmanager";
/** Who a delivery's incidents and events are recorded as, and how it came in. */
type By = { author: string; via: string };
/** Alerts handled between two yields to the event loop. */
export const YIELD_EVERY = 25;
const ATTEMPTS = 5;
/** A full delivery is ~4 statements per alert; a busy 2-core machine needs more than Prisma's default 5 s for 1,000 alerts. */
const TRANSACTION = { timeout: 120_000, maxWait: 30_000 };

const lookups: RunbookLookups = {
  runbookExists,
  runbookForAlert: (alertname) => findRunbookByAlert(alertname)?.slug,
};

/** Another delivery (or a person) changed a row this one read: roll back and run the delivery again. */
class LostRaceError extends Error {}

type Planned = { alert: AlertmanagerAlert; built?: BuiltIncident };

/**
 * Incidents and events are by `alertmanager`, and `via` says it came through the webhook, and with
 * which token. A signed-in person who posts a delivery themself is named instead: recorded as
 * alertmanager, anyone with a session could open or resolve alert incidents without a trace.
 */
export async function ingestAlertmanager(ctx: RequestContext, payload: AlertmanagerPayload, now = new Date()): Promise<AlertmanagerIngestResult> {
  authorize(ctx, "alerts:write");
  const by: By = { author: ctx.actor.kind === "user" ? ctx.actor.name : AUTHOR, via: eventVia(ctx) };
  const planned: Planned[] = [];
  for (const [index, alert] of payload.alerts.entries()) {
    if (index > 0 && index % YIELD_EVERY === 0) await yieldToEventLoop();
    planned.push({ alert, built: alert.status === "firing" ? buildFiring(payload, alert, by, now) : undefined });
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await db().$transaction((tx) => writeDelivery(tx, planned, by, now), TRANSACTION);
    } catch (error) {
      if (!(isUniqueViolation(error) || error instanceof LostRaceError)) throw error;
      if (attempt >= ATTEMPTS) throw new ConflictError("The incidents of this delivery kept changing while it was stored; nothing was stored, retry it");
    }
  }
}

/** The rows a firing alert becomes, through the one incident builder ("fit": labels are cut, never refused). */
function buildFiring(payload: AlertmanagerPayload, alert: AlertmanagerAlert, by: By, now: Date): BuiltIncident {
  const { runbooks, ...fields } = alertToIncident(payload, alert, lookups);
  return buildIncidentCreate(
    { ...fields, status: "open", source: "alertmanager", reporter: by.author, cause: "", fix: "", result: "", detectedAt: alert.startsAt, mitigatedAt: null, resolvedAt: null, createdAt: now },
    {
      text: "fit",
      links: runbooks.map((slug) => ({ slug, linkedAt: now })),
      // Opening events carry the firing time, so a delivery that arrives late still reads in order.
      events: [
        { kind: "alert_fired", at: alert.startsAt, ...by, message: `Alert ${fields.alertname} fired (fingerprint ${fields.fingerprint})` },
        ...runbooks.map((slug) => ({ kind: "runbook_linked" as const, at: alert.startsAt, ...by, message: `Linked runbook ${slug} (matched the alert)` })),
      ],
    },
  );
}

async function writeDelivery(tx: DbTransaction, planned: Planned[], by: By, now: Date): Promise<AlertmanagerIngestResult> {
  const result: AlertmanagerIngestResult = { created: [], resolved: [], unchanged: [], ignored: 0 };
  for (const [index, { alert, built }] of planned.entries()) {
    if (index > 0 && index % YIELD_EVERY === 0) await yieldToEventLoop();
    if (built) {
      const outcome = await openIncident(tx, alert, built);
      result[outcome.created ? "created" : "unchanged"].push(outcome.id);
    } else {
      const outcome = await resolveIncident(tx, alert, by, now);
      if (outcome === null) result.ignored += 1;
      else result[outcome.resolved ? "resolved" : "unchanged"].push(outcome.id);
    }
  }
  return result;
}

const alertKey = (alert: AlertmanagerAlert) => ({ fingerprint_startedAt: { fingerprint: alert.fingerprint, startedAt: alert.startsAt } });

async function openIncident(tx: DbTransaction, alert: AlertmanagerAlert, built: BuiltIncident): Promise<{ id: number; created: boolean }> {
  const existing = await tx.incident.findUnique({ where: alertKey(alert), select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const incident = await tx.incident.create({ data: toNestedCreate(built), select: { id: true } });
  await indexIncidentSearch(tx, searchDialect(), incident.id, null, built.row.searchTokens);
  return { id: incident.id, created: true };
}

/**
 * When the incident resolved: the alert's endsAt, but never later than now (with Alertmanager's
 * clock ahead, a resolved incident stored a resolution in the future, which the API refuses and
 * the dashboard counted) and never before the start; a missing endsAt, or one before the start, is now.
 * Never before a mitigation a person recorded either: the alert can stop firing a minute before
 * someone marks the incident mitigated, and its resolved notice arrives minutes later; resolved
 * before mitigated is an order every other path refuses (checkIncidentTimes).
 */
export function resolutionTime(endsAt: Date | null, startedAt: Date, now: Date, mitigatedAt: Date | null = null): Date {
  const reported = endsAt && endsAt >= startedAt ? endsAt : now;
  const capped = reported < now ? reported : now;
  const earliest = mitigatedAt && mitigatedAt > startedAt ? mitigatedAt : startedAt;
  return capped >= earliest ? capped : earliest;
}

/** null: no incident for this firing. */
async function resolveIncident(tx: DbTransaction, alert: AlertmanagerAlert, by: By, now: Date): Promise<{ id: number; resolved: boolean } | null> {
  const incident = await tx.incident.findUnique({ where: alertKey(alert) });
  if (!incident) return null;
  if (incident.status === "resolved") return { id: incident.id, resolved: false };
  // One firing (fingerprint, startsAt) resolves once: a second resolved notice for it is a
  // redelivery, and must not undo a person's reopen (it did: resolved again, with the timeline
  // saying "reopened" last, since its event was dated by endsAt).
  if (await tx.incidentEvent.findFirst({ where: { incidentId: incident.id, kind: "alert_resolved" }, select: { id: true } })) {
    return { id: incident.id, resolved: false };
  }
  const endsAt = resolutionTime(alert.endsAt, incident.startedAt, now, incident.mitigatedAt);
  const resultText = incident.result.trim() ? incident.result : autoResolutionResult(endsAt);
  const derived = derivedColumns({ ...incident, result: resultText, resolvedAt: endsAt });
  // Guarded by version: of concurrent deliveries (or a person editing), exactly one write lands.
  const written = await tx.incident.updateMany({
    where: { id: incident.id, version: incident.version },
    data: { status: "resolved", resolvedAt: endsAt, result: resultText, ...derived, updatedAt: now, version: { increment: 1 } },
  });
  if (written.count === 0) throw new LostRaceError();
  await indexIncidentSearch(tx, searchDialect(), incident.id, incident.searchTokens, derived.searchTokens);
  await tx.incidentEvent.create({
    data: { incidentId: incident.id, kind: "alert_resolved", at: endsAt, ...by, message: `Alert ${incident.alertname ?? alert.labels.alertname} resolved; incident resolved automatically` },
  });
  return { id: incident.id, resolved: true };
}
