/**
 * The one write model of an incident: every path that creates incidents
 * (the form and the REST API through createIncident, the Alertmanager
 * webhook, the sample seed, bulk imports) turns its input into rows here,
 * with the limits and text rules of incident-limits.ts and the derived
 * columns of incident-derived-columns.ts. Pure (no database): callers write
 * the result, nested (`toNestedCreate`) or in bulk (`row`, `links`, `events`).
 *
 * Two text policies, one rule set:
 * - "refuse" (form, API, seed, import): a value over its limit, with control
 *   characters or broken Unicode is a FieldValidationError naming the field.
 *   The zod schemas refuse the same values first, with the same constants.
 * - "fit" (webhook): the value is cleaned and cut at a grapheme boundary
 *   with "…". Alertmanager cannot fix a label; refusing would drop every alert
 *   of the delivery (4xx) or have it retried forever (5xx).
 * Times outside YEAR_MIN…YEAR_MAX are refused under both policies: a time
 * cannot be repaired by cutting it.
 */
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { setOwn } from "@/lib/own-property";
import { FieldValidationError } from "./errors";
import { derivedColumns } from "./incident-derived-columns";
import { fitText, INCIDENT_LIMITS, textProblem, yearProblem, type TextKind } from "./incident-limits";
import type { IncidentCreate, IncidentEventKind, IncidentSource, IncidentStatus, Severity } from "./incident-schemas";
import { formatNumber } from "@/lib/format-number";

export type TextPolicy = "refuse" | "fit";

/** An incident as a create path has it, before limits and derived columns. */
export interface IncidentDraft {
  title: string;
  severity: Severity;
  status: IncidentStatus;
  service: string;
  environment: string;
  host: string | null;
  namespace: string | null;
  source: IncidentSource;
  phenomenon: string;
  cause: string;
  fix: string;
  result: string;
  reporter: string;
  startedAt: Date;
  detectedAt: Date | null;
  mitigatedAt: Date | null;
  resolvedAt: Date | null;
  createdAt: Date;
  alertname?: string | null;
  fingerprint?: string | null;
  alertLabels?: Record<string, string> | null;
}

export interface DraftLink {
  slug: string;
  fixWorked?: boolean | null;
  linkedAt: Date;
}

export interface DraftEvent {
  kind: IncidentEventKind;
  at: Date;
  author: string;
  via: string;
  message: string;
}

export interface BuiltIncident {
  /** The incident's columns, derived ones included (createMany-ready). */
  row: Prisma.IncidentCreateManyInput & { searchTokens: string };
  links: { runbookSlug: string; fixWorked: boolean | null; linkedAt: Date }[];
  events: DraftEvent[];
}

const LINE_FIELDS = ["title", "service", "environment", "reporter"] as const;
const OPTIONAL_LINE_FIELDS = ["host", "namespace", "alertname", "fingerprint"] as const;
const SECTIONS = ["phenomenon", "cause", "fix", "result"] as const;
const TIMES = ["startedAt", "detectedAt", "mitigatedAt", "resolvedAt", "createdAt"] as const;

const LIMIT: Record<(typeof LINE_FIELDS)[number] | (typeof OPTIONAL_LINE_FIELDS)[number], number> = {
  title: INCIDENT_LIMITS.title,
  service: INCIDENT_LIMITS.service,
  environment: INCIDENT_LIMITS.environment,
  reporter: INCIDENT_LIMITS.reporter,
  host: INCIDENT_LIMITS.host,
  namespace: INCIDENT_LIMITS.namespace,
  alertname: INCIDENT_LIMITS.alertname,
  fingerprint: INCIDENT_LIMITS.fingerprint,
};

/** Applies the policy to one value; refusals are collected in `problems` under `field`. */
function applyText(value: string, field: string, kind: TextKind, max: number, policy: TextPolicy, problems: Record<string, string>): string {
  if (policy === "fit") return fitText(value, kind, max);
  const problem = textProblem(value, kind) ?? (value.length > max ? `must be at most ${formatNumber(max, 0)} characters` : null);
  if (problem) problems[field] = `${field} ${problem}`;
  return value;
}

/** alertLabels: at most INCIDENT_LIMITS.labels labels (by name order), names and values fitted (they are a record of what was sent, never refused). */
function fitLabels(labels: Record<string, string>): Record<string, string> {
  const names = Object.keys(labels).sort().slice(0, INCIDENT_LIMITS.labels);
  const fitted: Record<string, string> = {};
  for (const name of names) {
    const key = fitText(name, "line", INCIDENT_LIMITS.labelName);
    // setOwn: a label named __proto__ stays a plain key.
    if (key) setOwn(fitted, key, fitText(labels[name], "line", INCIDENT_LIMITS.labelValue));
  }
  return fitted;
}

/** The rows one incident becomes. Throws FieldValidationError (field → message) for what the policy refuses. */
/**
 * A validated create input (form, API; an import row adds source and alert
 * name) → the builder's draft. One status-time rule: a status past "open"
 * needs its time and, when the input has none, it is `now` (never before the
 * start).
 */
export function incidentDraftFrom(
  input: Omit<IncidentCreate, "source" | "reporter"> & { source: IncidentSource; alertname?: string | null },
  reporter: string,
  now: Date,
): IncidentDraft {
  const statusTime = new Date(Math.max(now.getTime(), input.startedAt.getTime()));
  return {
    title: input.title,
    severity: input.severity,
    status: input.status,
    service: input.service,
    environment: input.environment,
    host: input.host ?? null,
    namespace: input.namespace ?? null,
    source: input.source,
    phenomenon: input.phenomenon,
    cause: input.cause,
    fix: input.fix,
    result: input.result,
    reporter,
    startedAt: input.startedAt,
    detectedAt: input.detectedAt ?? null,
    mitigatedAt: input.mitigatedAt ?? (input.status === "mitigated" ? statusTime : null),
    resolvedAt: input.status === "resolved" ? (input.resolvedAt ?? statusTime) : null,
    createdAt: now,
    alertname: input.alertname ?? null,
  };
}

export function buildIncidentCreate(draft: IncidentDraft, options: { links?: DraftLink[]; events?: DraftEvent[]; text: TextPolicy }): BuiltIncident {
  const problems: Record<string, string> = {};
  const { text } = options;
  const line = Object.fromEntries(LINE_FIELDS.map((field) => [field, applyText(draft[field], field, "line", LIMIT[field], text, problems)])) as Record<(typeof LINE_FIELDS)[number], string>;
  const optional = Object.fromEntries(
    OPTIONAL_LINE_FIELDS.map((field) => {
      const value = draft[field];
      return [field, value == null ? null : applyText(value, field, "line", LIMIT[field], text, problems) || null];
    }),
  ) as Record<(typeof OPTIONAL_LINE_FIELDS)[number], string | null>;
  const sections = Object.fromEntries(SECTIONS.map((field) => [field, applyText(draft[field], field, "multiline", INCIDENT_LIMITS.section, text, problems)])) as Record<(typeof SECTIONS)[number], string>;
  for (const field of LINE_FIELDS) if (!line[field].trim()) problems[field] ??= `${field} is required`;
  for (const field of TIMES) {
    const value = draft[field];
    const problem = value ? (Number.isNaN(value.getTime()) ? "is not a valid time" : yearProblem(value)) : null;
    if (problem) problems[field] = `${field} ${problem}`;
  }
  const links = options.links ?? [];
  if (links.length > INCIDENT_LIMITS.runbooks) problems.runbooks = `Link at most ${INCIDENT_LIMITS.runbooks} runbooks`;
  if (Object.keys(problems).length) throw new FieldValidationError(problems);

  const fields = {
    ...line,
    ...optional,
    ...sections,
    severity: draft.severity,
    status: draft.status,
    source: draft.source,
    startedAt: draft.startedAt,
    detectedAt: draft.detectedAt,
    mitigatedAt: draft.mitigatedAt,
    resolvedAt: draft.resolvedAt,
    createdAt: draft.createdAt,
    alertLabels: draft.alertLabels ? fitLabels(draft.alertLabels) : undefined,
  };
  return {
    row: { ...fields, ...derivedColumns(fields) },
    links: links.map((link) => ({ runbookSlug: link.slug, fixWorked: link.fixWorked ?? null, linkedAt: link.linkedAt })),
    // Event messages quote the (already fitted) fields; they are cut to a note's length, never refused.
    events: (options.events ?? []).map((event) => ({ ...event, message: fitText(event.message, "multiline", INCIDENT_LIMITS.note) })),
  };
}

/** The nested create of one built incident (incident, its runbook links and its events in one statement group). */
export function toNestedCreate(built: BuiltIncident): Prisma.IncidentCreateInput {
  return {
    ...built.row,
    runbooks: { create: built.links },
    events: { create: built.events },
  };
}
