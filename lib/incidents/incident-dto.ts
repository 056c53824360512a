import type { Incident, IncidentRunbook } from "@/lib/db/generated/sqlite/client";
import { z } from "zod";
import type { derivedColumns } from "./incident-derived-columns";
import { EVENT_KINDS, SEVERITIES, SOURCES, STATUSES, type IncidentEventKind } from "./incident-schemas";
import { timeToResolveMs } from "./status-times";

/**
 * The JSON shape of an incident (API responses, and what client components
 * receive), as zod schemas: the types are inferred from them and the OpenAPI
 * document (lib/openapi) is generated from them, so the contract is what the
 * routes send. Times are ISO 8601 UTC strings. Client code imports the types
 * only; toIncidentDto runs on the server.
 */

const isoTime = z.iso.datetime({ offset: true });
const nullableIsoTime = isoTime.nullable();

export const runbookLinkDtoSchema = z
  .object({
    slug: z.string(),
    fixWorked: z.boolean().nullable(),
    linkedAt: isoTime,
  })
  .meta({ id: "RunbookLink" });
export type RunbookLinkDto = z.infer<typeof runbookLinkDtoSchema>;

export const incidentDtoSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    severity: z.enum(SEVERITIES),
    status: z.enum(STATUSES),
    service: z.string(),
    environment: z.string(),
    host: z.string().nullable(),
    namespace: z.string().nullable().describe("Kubernetes namespace, when there is one."),
    source: z.enum(SOURCES),
    phenomenon: z.string(),
    cause: z.string(),
    fix: z.string(),
    result: z.string(),
    reporter: z.string(),
    startedAt: isoTime,
    detectedAt: nullableIsoTime,
    mitigatedAt: nullableIsoTime,
    resolvedAt: nullableIsoTime,
    createdAt: isoTime,
    updatedAt: isoTime,
    version: z.number().int(),
    alertname: z.string().nullable(),
    fingerprint: z.string().nullable(),
    alertLabels: z.record(z.string(), z.string()).nullable(),
    runbooks: z.array(z.string()).describe("Linked runbook slugs, in link order."),
    runbookLinks: z.array(runbookLinkDtoSchema),
    timeToResolveMs: z.number().nullable().describe("resolvedAt − startedAt; null while not resolved."),
  })
  .meta({ id: "Incident" });
export type IncidentDto = z.infer<typeof incidentDtoSchema>;

export const incidentEventDtoSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(EVENT_KINDS),
    at: isoTime,
    author: z.string(),
    via: z.string().describe('How the change came in: web, api, api:<token>, webhook, webhook:<token>, sample; "" when not recorded (older events).'),
    message: z.string(),
  })
  .meta({ id: "IncidentEvent" });
export type IncidentEventDto = z.infer<typeof incidentEventDtoSchema>;

/** GET /api/incidents/{id}: the incident and its timeline, oldest first. */
export const incidentDetailDtoSchema = incidentDtoSchema.extend({ events: z.array(incidentEventDtoSchema) }).meta({ id: "IncidentDetail" });
export type IncidentDetailDto = z.infer<typeof incidentDetailDtoSchema>;

export const incidentListDtoSchema = z
  .object({
    items: z.array(incidentDtoSchema),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: "IncidentList" });
export type IncidentListDto = z.infer<typeof incidentListDtoSchema>;

/** The columns toIncidentDto reads: a Prisma Incident row (derived columns aside) with its runbook links. */
export type IncidentRow = Omit<Incident, keyof ReturnType<typeof derivedColumns>> & {
  runbooks: Pick<IncidentRunbook, "runbookSlug" | "fixWorked" | "linkedAt">[];
};

export interface IncidentEventRow {
  id: number;
  kind: IncidentEventKind;
  at: Date;
  author: string;
  via: string;
  message: string;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** Alert labels are stored as JSON; anything that is not a flat string map is dropped rather than passed on. */
function labelsOf(value: unknown): Record<string, string> | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

export function toIncidentDto(row: IncidentRow): IncidentDto {
  const links = [...row.runbooks].sort((a, b) => a.linkedAt.getTime() - b.linkedAt.getTime() || a.runbookSlug.localeCompare(b.runbookSlug));
  return {
    id: row.id,
    title: row.title,
    severity: row.severity,
    status: row.status,
    service: row.service,
    environment: row.environment,
    host: row.host,
    namespace: row.namespace,
    source: row.source,
    phenomenon: row.phenomenon,
    cause: row.cause,
    fix: row.fix,
    result: row.result,
    reporter: row.reporter,
    startedAt: row.startedAt.toISOString(),
    detectedAt: iso(row.detectedAt),
    mitigatedAt: iso(row.mitigatedAt),
    resolvedAt: iso(row.resolvedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    alertname: row.alertname,
    fingerprint: row.fingerprint,
    alertLabels: labelsOf(row.alertLabels),
    runbooks: links.map((l) => l.runbookSlug),
    runbookLinks: links.map((l) => ({ slug: l.runbookSlug, fixWorked: l.fixWorked, linkedAt: l.linkedAt.toISOString() })),
    timeToResolveMs: timeToResolveMs(row),
  };
}

export function toIncidentEventDto(row: IncidentEventRow): IncidentEventDto {
  return { id: row.id, kind: row.kind, at: row.at.toISOString(), author: row.author, via: row.via, message: row.message };
}
