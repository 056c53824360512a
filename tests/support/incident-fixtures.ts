/**
 * Test fixtures written through the domain functions, as every write path is
 * (never Prisma directly): the form/API builder, PATCH, and the Alertmanager
 * webhook. Times are exact, so tests can hand-compute what metrics return.
 */
import { alertmanagerPayloadSchema } from "@/lib/alerts/alertmanager-payload-schema";
import { ingestAlertmanager } from "@/lib/alerts/ingest-alertmanager";
import { createIncident } from "@/lib/incidents/create-incident";
import type { IncidentDto } from "@/lib/incidents/incident-dto";
import { incidentCreateSchema, type IncidentCreateInput } from "@/lib/incidents/incident-schemas";
import { updateIncident } from "@/lib/incidents/update-incident";
import { anonymousEditor, tokenContext } from "./actors";

const MINUTE = 60_000;
const at = (start: string, minutes: number | undefined) => (minutes === undefined ? undefined : new Date(Date.parse(start) + minutes * MINUTE).toISOString());

export interface LoggedIncident {
  title: string;
  severity?: IncidentCreateInput["severity"];
  service?: string;
  startedAt: string;
  /** Minutes after the start; absent: no such time. A resolved incident gets status resolved, a mitigated one mitigated. */
  detectedAfter?: number;
  mitigatedAfter?: number;
  resolvedAfter?: number;
  runbooks?: string[];
}

/** Logs an incident as the form and the API do. */
export async function logIncident(incident: LoggedIncident): Promise<IncidentDto> {
  const status = incident.resolvedAfter !== undefined ? "resolved" : incident.mitigatedAfter !== undefined ? "mitigated" : "open";
  return createIncident(
    anonymousEditor(),
    incidentCreateSchema.parse({
      title: incident.title,
      severity: incident.severity ?? "SEV3",
      status,
      service: incident.service ?? "svc",
      environment: "prod",
      reporter: "fixture",
      startedAt: incident.startedAt,
      detectedAt: at(incident.startedAt, incident.detectedAfter),
      mitigatedAt: at(incident.startedAt, incident.mitigatedAfter),
      resolvedAt: at(incident.startedAt, incident.resolvedAfter),
      result: status === "resolved" ? "Fixed" : "",
      runbooks: incident.runbooks ?? [],
    }),
  );
}

/** Records whether a linked runbook's fix worked, as PATCH does. */
export async function giveFeedback(id: number, slug: string, fixWorked: boolean | null): Promise<IncidentDto> {
  return updateIncident(anonymousEditor(), id, { runbookFeedback: [{ slug, fixWorked }], author: "fixture" });
}

export interface FiredAlert {
  alertname: string;
  fingerprint: string;
  service: string;
  severity?: string;
  startsAt: string;
  /** Minutes after the start at which a resolved notification arrives; absent: still firing. */
  resolvedAfter?: number;
}

/** Opens (and optionally resolves) an incident through the Alertmanager webhook. */
export async function fireAlert(alert: FiredAlert): Promise<number> {
  const labels = { alertname: alert.alertname, service: alert.service, cluster: "prod", severity: alert.severity ?? "warning" };
  const payload = (status: "firing" | "resolved", endsAt?: string) =>
    alertmanagerPayloadSchema.parse({
      version: "4",
      status,
      alerts: [{ status, labels, annotations: { summary: `${alert.alertname} on ${alert.service}` }, startsAt: alert.startsAt, endsAt, fingerprint: alert.fingerprint }],
    });
  const webhook = tokenContext("alertmanager", ["alerts:write"], "webhook");
  const fired = await ingestAlertmanager(webhook, payload("firing"));
  const id = fired.created[0] ?? fired.unchanged[0];
  if (alert.resolvedAfter !== undefined) await ingestAlertmanager(webhook, payload("resolved", at(alert.startsAt, alert.resolvedAfter)));
  return id;
}
