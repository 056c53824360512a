import "server-only";
import { z } from "zod";
import { authorize, eventVia, type RequestContext } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
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
 * The unique index on those columns is the guard: a delivery racing another
 * one loses the insert (P2002) and reports the winner's incident as
 * unchanged, so concurrent deliveries create exactly one. Alerts are handled
 * one by one and each step is idempotent, so a delivery that fails half-way
 * is completed by Alertmanager's retry.
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

const lookups: RunbookLookups = {
  runbookExists,
  runbookForAlert: (alertname) => findRunbookByAlert(alertname)?.slug,
};

/** Events are by `alertmanager`; `via` says it came through the webhook, and with which token. */
export async function ingestAlertmanager(ctx: RequestContext, payload: AlertmanagerPayload, now = new Date()): Promise<AlertmanagerIngestResult> {
  authorize(ctx, "alerts:write");
  const via = eventVia(ctx);
  const result: AlertmanagerIngestResult = { created: [], resolved: [], unchanged: [], ignored: 0 };
  for (const alert of payload.alerts) {
    if (alert.status === "firing") {
      const outcome = await openIncident(payload, alert, via, now);
      result[outcome.created ? "created" : "unchanged"].push(outcome.id);
    } else {
      const outcome = await resolveIncident(alert, via, now);
      if (outcome === null) result.ignored += 1;
      else result[outcome.resolved ? "resolved" : "unchanged"].push(outcome.id);
    }
  }
  return result;
}

const alertKey = (alert: AlertmanagerAlert) => ({ fingerprint_startedAt: { fingerprint: alert.fingerprint, startedAt: alert.startsAt } });

async function openIncident(payload: AlertmanagerPayload, alert: AlertmanagerAlert, via: string, now: Date): Promise<{ id: number; created: boolean }> {
  const existing = await db().incident.findUnique({ where: alertKey(alert), select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const { runbooks, ...fields } = alertToIncident(payload, alert, lookups);
  const row = { ...fields, status: "open" as const, source: "alertmanager" as const, reporter: AUTHOR, cause: "", fix: "", result: "", detectedAt: alert.startsAt };
  const derived = derivedColumns({ ...row, mitigatedAt: null, resolvedAt: null });
  try {
    const created = await db().$transaction(async (tx) => {
      const incident = await tx.incident.create({
        data: {
          ...row,
          ...derived,
          createdAt: now,
          runbooks: { create: runbooks.map((slug) => ({ runbookSlug: slug, linkedAt: now })) },
          // Opening events carry the firing time, so a delivery that arrives late still reads in order.
          events: {
            create: [
              { kind: "alert_fired", at: alert.startsAt, author: AUTHOR, via, message: `Alert ${fields.alertname} fired (fingerprint ${fields.fingerprint})` },
              ...runbooks.map((slug) => ({ kind: "runbook_linked" as const, at: alert.startsAt, author: AUTHOR, via, message: `Linked runbook ${slug} (matched the alert)` })),
            ],
          },
        },
        select: { id: true },
      });
      await indexIncidentSearch(tx, searchDialect(), incident.id, null, derived.searchTokens);
      return incident;
    });
    return { id: created.id, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent delivery of the same alert created it first.
    const winner = await db().incident.findUniqueOrThrow({ where: alertKey(alert), select: { id: true } });
    return { id: winner.id, created: false };
  }
}

/** null: no incident for this firing. */
async function resolveIncident(alert: AlertmanagerAlert, via: string, now: Date): Promise<{ id: number; resolved: boolean } | null> {
  for (let attempt = 1; ; attempt++) {
    const incident = await db().incident.findUnique({ where: alertKey(alert) });
    if (!incident) return null;
    if (incident.status === "resolved") return { id: incident.id, resolved: false };
    const endsAt = alert.endsAt && alert.endsAt >= incident.startedAt ? alert.endsAt : new Date(Math.max(now.getTime(), incident.startedAt.getTime()));
    const resultText = incident.result.trim() ? incident.result : autoResolutionResult(endsAt);
    const derived = derivedColumns({ ...incident, result: resultText, resolvedAt: endsAt });
    const resolved = await db().$transaction(async (tx) => {
      // Guarded by version: of concurrent deliveries (or a person editing), exactly one write lands.
      const written = await tx.incident.updateMany({
        where: { id: incident.id, version: incident.version },
        data: { status: "resolved", resolvedAt: endsAt, result: resultText, ...derived, updatedAt: now, version: { increment: 1 } },
      });
      if (written.count === 0) return false;
      await indexIncidentSearch(tx, searchDialect(), incident.id, incident.searchTokens, derived.searchTokens);
      await tx.incidentEvent.create({
        data: { incidentId: incident.id, kind: "alert_resolved", at: endsAt, author: AUTHOR, via, message: `Alert ${incident.alertname ?? alert.labels.alertname} resolved; incident resolved automatically` },
      });
      return true;
    });
    if (resolved) return { id: incident.id, resolved: true };
    // Lost a race: read again; usually the winner resolved it and the next pass reports it unchanged.
    if (attempt >= 5) throw new ConflictError(`Incident ${incident.id} kept changing while resolving alert ${alert.fingerprint}`);
  }
}
