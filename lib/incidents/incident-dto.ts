import type { Incident, IncidentRunbook } from "@/lib/db/generated/sqlite/client";
import type { derivedColumns } from "./incident-derived-columns";
import type { IncidentEventKind, IncidentSource, IncidentStatus, Severity } from "./incident-schemas";

/**
 * The JSON shape of an incident (API responses, and what client components
 * receive). Times are ISO 8601 UTC strings. Client code imports the types
 * only; toIncidentDto runs on the server.
 */

export interface RunbookLinkDto {
  slug: string;
  fixWorked: boolean | null;
  linkedAt: string;
}

export interface IncidentDto {
  id: number;
  title: string;
  severity: Severity;
  status: IncidentStatus;
  service: string;
  environment: string;
  host: string | null;
  /** Kubernetes namespace, when there is one. */
  namespace: string | null;
  source: IncidentSource;
  phenomenon: string;
  cause: string;
  fix: string;
  result: string;
  reporter: string;
  startedAt: string;
  detectedAt: string | null;
  mitigatedAt: string | null;
  resolvedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  alertname: string | null;
  fingerprint: string | null;
  alertLabels: Record<string, string> | null;
  /** Linked runbook slugs, in link order. */
  runbooks: string[];
  runbookLinks: RunbookLinkDto[];
  /** resolvedAt − startedAt; null while not resolved. */
  timeToResolveMs: number | null;
}

export interface IncidentEventDto {
  id: number;
  kind: IncidentEventKind;
  at: string;
  author: string;
  /** How the change came in: web, api, api:<token>, webhook, webhook:<token>, sample; "" when not recorded (older events). */
  via: string;
  message: string;
}

/** GET /api/incidents/{id}: the incident and its timeline, oldest first. */
export interface IncidentDetailDto extends IncidentDto {
  events: IncidentEventDto[];
}

export interface IncidentListDto {
  items: IncidentDto[];
  nextCursor: string | null;
}

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
    timeToResolveMs: row.resolvedAt ? row.resolvedAt.getTime() - row.startedAt.getTime() : null,
  };
}

export function toIncidentEventDto(row: IncidentEventRow): IncidentEventDto {
  return { id: row.id, kind: row.kind, at: row.at.toISOString(), author: row.author, via: row.via, message: row.message };
}
