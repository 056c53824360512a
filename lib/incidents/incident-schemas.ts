import "@/lib/zod-jitless";
import { z } from "zod";
import { cleanText, INCIDENT_LIMITS, textRule, yearProblem, type TextKind } from "./incident-limits";
import { parseIsoDate, parseIsoDateTime } from "./iso-time";
import { formatNumber } from "@/lib/format-number";

/**
 * The input schemas of incidents, shared by the browser forms (react-hook-form
 * + zodResolver) and the API. Form inputs are strings, so every field accepts
 * what an <input> produces ("" for an empty optional field, ISO strings for
 * times) and the output is what the domain stores (null, Date). Checks that
 * need the server (does a runbook slug exist, the stored version) live in the
 * domain functions and come back as FieldValidationError.
 */

export const SEVERITIES = ["SEV1", "SEV2", "SEV3", "SEV4"] as const;
export const STATUSES = ["open", "mitigated", "resolved"] as const;
export const SOURCES = ["manual", "alertmanager", "api"] as const;
export const EVENT_KINDS = [
  "created",
  "edited",
  "status_changed",
  "note_added",
  "runbook_linked",
  "runbook_unlinked",
  "runbook_feedback",
  "alert_fired",
  "alert_resolved",
] as const;
export const SORT_KEYS = ["startedAt", "severity", "status", "title", "timeToResolve"] as const;
/** The list's `has` filter: incidents that have these times (what the dashboard's percentiles count). */
export const MILESTONE_TIMES = ["detectedAt", "mitigatedAt", "resolvedAt"] as const;
/** The list's `fixWorked` filter: feedback on a linked runbook (the `runbook` one when given). */
export const FIX_WORKED_VALUES = ["true", "false", "unknown"] as const;
export const SORT_ORDERS = ["desc", "asc"] as const;

export type Severity = (typeof SEVERITIES)[number];
export type IncidentStatus = (typeof STATUSES)[number];
export type IncidentSource = (typeof SOURCES)[number];
export type IncidentEventKind = (typeof EVENT_KINDS)[number];
export type IncidentSortKey = (typeof SORT_KEYS)[number];
export type SortOrder = (typeof SORT_ORDERS)[number];
export type MilestoneTime = (typeof MILESTONE_TIMES)[number];
export type FixWorkedFilter = (typeof FIX_WORKED_VALUES)[number];

export const LIST_LIMIT_MAX = 100;
export const LIST_LIMIT_DEFAULT = 25;
/** Times in the future are accepted up to this much, for clocks that are slightly off. */
const CLOCK_SKEW_MS = 5 * 60_000;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One-line text: trimmed, required, at most `max`, no control characters (incident-limits.ts). */
const requiredText = (label: string, max: number, kind: TextKind = "line") =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`)
    .refine(...textRule(label, kind));

/** "" and null mean "no value" (stored as null); undefined means "not given" (matters for PATCH). */
const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .refine(...textRule(label, "line"))
    .nullish()
    .transform((value) => (value === undefined ? undefined : value || null))
    .optional();

/** Markdown is kept as typed (leading spaces can be code blocks). */
const section = (label: string) =>
  z
    .string({ error: `${label} must be text` })
    .max(INCIDENT_LIMITS.section, `${label} must be at most ${formatNumber(INCIDENT_LIMITS.section, 0)} characters`)
    .refine(...textRule(label, "multiline"));

const dateTimeMessage = (label: string) => `${label} must be a date and time with a time zone, like 2026-11-22T10:15:00Z`;

/** A strict ISO time inside the accepted years (YEAR_MIN…YEAR_MAX). */
function checkedDate(text: string, label: string, ctx: z.RefinementCtx): Date {
  const date = parseIsoDateTime(text);
  const problem = date ? yearProblem(date) : dateTimeMessage(label);
  if (problem || !date) {
    ctx.addIssue({ code: "custom", message: date ? `${label} ${problem}` : dateTimeMessage(label) });
    return z.NEVER;
  }
  return date;
}

const dateTime = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .transform((text, ctx) => {
      if (!text) {
        ctx.addIssue({ code: "custom", message: `${label} is required` });
        return z.NEVER;
      }
      return checkedDate(text, label, ctx);
    });

const optionalDateTime = (label: string) =>
  z
    .string({ error: dateTimeMessage(label) })
    .trim()
    .nullish()
    .transform((text, ctx) => {
      if (text === undefined) return undefined;
      if (text === null || text === "") return null;
      return checkedDate(text, label, ctx);
    })
    .optional();

const severity = z.enum(SEVERITIES, { error: "Severity must be one of SEV1, SEV2, SEV3, SEV4" });
const status = z.enum(STATUSES, { error: "Status must be open, mitigated or resolved" });
const runbookSlug = z.string({ error: "Runbook slugs are text" }).regex(SLUG, "Runbook slugs look like pod-pending");
/** Linked runbooks; duplicates are dropped. Whether each exists is checked on the server. */
const runbookSlugs = z
  .array(runbookSlug, { error: "Runbooks must be a list of runbook slugs" })
  .max(INCIDENT_LIMITS.runbooks, `Link at most ${INCIDENT_LIMITS.runbooks} runbooks`)
  .transform((slugs) => [...new Set(slugs)]);

export interface IncidentTimes {
  startedAt: Date;
  detectedAt?: Date | null;
  mitigatedAt?: Date | null;
  resolvedAt?: Date | null;
}

/** Field → message for times that are out of order or in the future; {} when fine. Used by the schema and by PATCH after merging. */
export function checkIncidentTimes(times: IncidentTimes, now = Date.now()): Record<string, string> {
  const problems: Record<string, string> = {};
  if (times.startedAt.getTime() > now + CLOCK_SKEW_MS) problems.startedAt = "Started at cannot be in the future";
  const later = [
    ["detectedAt", "Detected at"],
    ["mitigatedAt", "Mitigated at"],
    ["resolvedAt", "Resolved at"],
  ] as const;
  for (const [field, label] of later) {
    const value = times[field];
    if (!value) continue;
    if (value < times.startedAt) problems[field] = `${label} cannot be before started at`;
    else if (value.getTime() > now + CLOCK_SKEW_MS) problems[field] = `${label} cannot be in the future`;
  }
  return problems;
}

/** Cross-field checks run even when unrelated fields are invalid, so a form shows every error at once. */
const whenValid =
  (...fields: string[]) =>
  (payload: { value: unknown; issues: { path?: PropertyKey[] }[] }) =>
    // Never on a body that is not an object at all ([], null, 42): there are no fields to cross-check.
    typeof payload.value === "object" &&
    payload.value !== null &&
    !Array.isArray(payload.value) &&
    !payload.issues.some((issue) => !issue.path?.length || fields.includes(String(issue.path[0])));

export const RESULT_REQUIRED_MESSAGE = "Result is required to resolve an incident: say what fixed it";

const incidentCreateShape = z.object({
  title: requiredText("Title", INCIDENT_LIMITS.title),
  severity,
  status: status.default("open"),
  service: requiredText("Service", INCIDENT_LIMITS.service),
  environment: requiredText("Environment", INCIDENT_LIMITS.environment),
  host: optionalText("Host", INCIDENT_LIMITS.host),
  namespace: optionalText("Namespace", INCIDENT_LIMITS.namespace),
  startedAt: dateTime("Started at"),
  detectedAt: optionalDateTime("Detected at"),
  /** Only for logging an incident after the fact; default: now when the status needs one. */
  mitigatedAt: optionalDateTime("Mitigated at"),
  resolvedAt: optionalDateTime("Resolved at"),
  /** Who reports it: required from anonymous visitors (sign-in off), refused from known actors, who are the reporter themselves. */
  reporter: requiredText("Reporter", INCIDENT_LIMITS.reporter).optional(),
  phenomenon: section("Phenomenon").default(""),
  cause: section("Cause").default(""),
  fix: section("Fix").default(""),
  result: section("Result").default(""),
  runbooks: runbookSlugs.default([]),
  /** The form sends "manual"; API clients get "api". Only the webhook creates "alertmanager" incidents. */
  source: z.enum(["manual", "api"], { error: 'Source must be "manual" or "api"' }).default("api"),
});

type CreateShape = z.output<typeof incidentCreateShape>;

function refineCreate(incident: Pick<CreateShape, "status" | "result" | "startedAt" | "detectedAt" | "mitigatedAt" | "resolvedAt">, ctx: z.RefinementCtx) {
  if (incident.status === "resolved" && !incident.result.trim()) {
    ctx.addIssue({ code: "custom", path: ["result"], message: RESULT_REQUIRED_MESSAGE });
  }
  if (incident.resolvedAt && incident.status !== "resolved") {
    ctx.addIssue({ code: "custom", path: ["resolvedAt"], message: "Resolved at needs status resolved" });
  }
  for (const [field, message] of Object.entries(checkIncidentTimes(incident))) {
    ctx.addIssue({ code: "custom", path: [field], message });
  }
}

const CREATE_CROSS_FIELDS = whenValid("status", "result", "startedAt", "detectedAt", "mitigatedAt", "resolvedAt");

export const incidentCreateSchema = incidentCreateShape.superRefine(refineCreate, { when: CREATE_CROSS_FIELDS });

/**
 * One incident of an import file (`triage import`, the export's format): the
 * create schema with its limits and cross-field rules, plus what an export
 * carries that a new incident does not choose: the original reporter, the
 * source (alertmanager too) and the alert name.
 */
export const incidentImportSchema = incidentCreateShape
  .extend({
    reporter: requiredText("Reporter", INCIDENT_LIMITS.reporter),
    source: z.enum(SOURCES, { error: "Source must be manual, api or alertmanager" }).default("manual"),
    alertname: optionalText("Alert name", INCIDENT_LIMITS.alertname),
  })
  .superRefine(refineCreate, { when: CREATE_CROSS_FIELDS });

export type IncidentImportInput = z.output<typeof incidentImportSchema>;

/** The same, with the reporter required: the form anonymous visitors fill in (the domain enforces the same rule, see incidents/author.ts). */
export const anonymousIncidentCreateSchema = incidentCreateShape
  .extend({ reporter: requiredText("Reporter", INCIDENT_LIMITS.reporter) })
  .superRefine(refineCreate, { when: CREATE_CROSS_FIELDS });

/** Fields a PATCH can change; `version` and `author` only qualify the change. */
export const UPDATABLE_FIELDS = [
  "title",
  "severity",
  "status",
  "service",
  "environment",
  "host",
  "namespace",
  "startedAt",
  "detectedAt",
  "mitigatedAt",
  "resolvedAt",
  "reporter",
  "phenomenon",
  "cause",
  "fix",
  "result",
  "runbooks",
  "runbookFeedback",
] as const;

export const incidentUpdateSchema = z
  .object({
    title: requiredText("Title", INCIDENT_LIMITS.title).optional(),
    severity: severity.optional(),
    status: status.optional(),
    service: requiredText("Service", INCIDENT_LIMITS.service).optional(),
    environment: requiredText("Environment", INCIDENT_LIMITS.environment).optional(),
    host: optionalText("Host", INCIDENT_LIMITS.host),
    namespace: optionalText("Namespace", INCIDENT_LIMITS.namespace),
    startedAt: dateTime("Started at").optional(),
    detectedAt: optionalDateTime("Detected at"),
    mitigatedAt: optionalDateTime("Mitigated at"),
    resolvedAt: optionalDateTime("Resolved at"),
    reporter: requiredText("Reporter", INCIDENT_LIMITS.reporter).optional(),
    phenomenon: section("Phenomenon").optional(),
    cause: section("Cause").optional(),
    fix: section("Fix").optional(),
    result: section("Result").optional(),
    /** Replaces the set of linked runbooks. */
    runbooks: runbookSlugs.optional(),
    /** Whether a linked runbook's fix worked (null: unknown). */
    runbookFeedback: z
      .array(z.object({ slug: runbookSlug, fixWorked: z.boolean({ error: "fixWorked must be true, false or null" }).nullable() }), {
        error: "Runbook feedback must be a list of { slug, fixWorked }",
      })
      .max(INCIDENT_LIMITS.runbooks, `At most ${INCIDENT_LIMITS.runbooks} feedback entries`)
      .optional(),
    /** The version the client last saw; a different stored version answers 409. */
    version: z.number({ error: "Version must be a number" }).int("Version must be a whole number").positive("Version must be positive").optional(),
    /** Who to name in the timeline, for anonymous changes (default "anonymous"); refused from known actors. */
    author: requiredText("Author", INCIDENT_LIMITS.reporter).optional(),
  })
  .superRefine((patch, ctx) => {
    if (!UPDATABLE_FIELDS.some((field) => patch[field] !== undefined)) {
      ctx.addIssue({ code: "custom", path: [], message: `Nothing to update: send at least one of ${UPDATABLE_FIELDS.join(", ")}` });
    }
  });

export const incidentEventCreateSchema = z.object({
  /** Who wrote it: required from anonymous visitors, refused from known actors (see incidents/author.ts). */
  author: requiredText("Author", INCIDENT_LIMITS.reporter).optional(),
  message: requiredText("Note", INCIDENT_LIMITS.note, "multiline"),
});

/** The note form for anonymous visitors, who must say who they are. */
export const anonymousIncidentEventCreateSchema = incidentEventCreateSchema.extend({ author: requiredText("Author", INCIDENT_LIMITS.reporter) });

/**
 * The values of a query parameter given as a comma list, repeated, or both
 * (`status=open,mitigated` or `status=open&status=mitigated`): trimmed, blanks
 * and repeats dropped. Shared with the browser's URL state.
 */
export function splitListParam(given: readonly string[]): string[] {
  return [...new Set(given.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean))];
}

const listValues = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => splitListParam(value === undefined ? [] : [value].flat()));

const listParam = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  listValues.pipe(z.array(z.enum(values, { error: `${label} must be one of ${values.join(", ")}` })));

export const NAMESPACE_FILTER_MAX = 20;

/** Free-text values (namespace names), each at most `max` characters. */
const textListParam = (label: string, max: number) =>
  listValues.pipe(
    z
      .array(z.string().max(max, `${label} values must be at most ${max} characters`).refine(...textRule(`${label} values`, "line")))
      .max(NAMESPACE_FILTER_MAX, `${label}: at most ${NAMESPACE_FILTER_MAX} values`),
  );

const singleParam = (label: string, max: number) =>
  z
    .string({ error: `${label} must be given once` })
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .refine(...textRule(label, "line"))
    .optional()
    .transform((value) => value || undefined);

/** A yes/no filter: `true` or `false`; absent means either. */
const booleanParam = (label: string) =>
  z
    .enum(["true", "false"], { error: `${label} must be true or false` })
    .optional()
    .transform((value) => (value === undefined ? undefined : value === "true"));

/** Free text to look for (q): control characters are dropped rather than refused (pasted terminal output carries colour codes), see incident-limits.ts. */
const searchTextParam = (label: string, max: number) =>
  z
    .string({ error: `${label} must be given once` })
    .max(max, `${label} must be at most ${max} characters`)
    .optional()
    .transform((value) => (value === undefined ? undefined : cleanText(value, "line").trim() || undefined));

/** from/to: a date (a whole UTC day; `to` includes that day) or a date and time with a time zone. */
const boundParam = (label: string, endOfDay: boolean) =>
  z
    .string({ error: `${label} must be given once` })
    .trim()
    .optional()
    .transform((text, ctx) => {
      if (!text) return undefined;
      const day = parseIsoDate(text);
      const moment = parseIsoDateTime(text);
      const bound = day ?? moment;
      const outOfRange = bound ? yearProblem(bound) : null;
      if (outOfRange) {
        ctx.addIssue({ code: "custom", message: `${label} ${outOfRange}` });
        return z.NEVER;
      }
      if (day) return endOfDay ? new Date(day.getTime() + 24 * 3600_000 - 1) : day;
      if (moment) return moment;
      ctx.addIssue({ code: "custom", message: `${label} must be a date like 2026-11-22 or a date and time like 2026-11-22T10:15:00Z` });
      return z.NEVER;
    });

/** The list filters, from URL search parameters (see searchParamsToRecord in lib/http/search-params.ts). Export uses the same filters. */
export const incidentListQuerySchema = z
  .object({
    status: listParam(STATUSES, "status"),
    severity: listParam(SEVERITIES, "severity"),
    service: singleParam("service", INCIDENT_LIMITS.service),
    /** Any of these namespaces (`namespace=api,shop`). */
    namespace: textListParam("namespace", INCIDENT_LIMITS.namespace),
    runbook: singleParam("runbook", 100),
    from: boundParam("from", false),
    to: boundParam("to", true),
    q: searchTextParam("q", 200),
    alertname: singleParam("alertname", INCIDENT_LIMITS.alertname),
    /** Opened by an alert (has an alert name) or not. */
    hasAlert: booleanParam("hasAlert"),
    /** At least one runbook linked, or none. */
    hasRunbook: booleanParam("hasRunbook"),
    fixWorked: z.enum(FIX_WORKED_VALUES, { error: `fixWorked must be one of ${FIX_WORKED_VALUES.join(", ")}` }).optional(),
    has: listParam(MILESTONE_TIMES, "has"),
    /** A title, or a title key: matches incidents whose title folds to the same key (lib/incidents/title-key.ts). */
    similar: searchTextParam("similar", 200),
    sort: z.enum(SORT_KEYS, { error: `sort must be one of ${SORT_KEYS.join(", ")}` }).default("startedAt"),
    order: z.enum(SORT_ORDERS, { error: "order must be desc or asc" }).default("desc"),
    cursor: singleParam("cursor", 500),
    limit: z.coerce
      .number({ error: "limit must be a number" })
      .int("limit must be a whole number")
      .min(1, "limit must be at least 1")
      .max(LIST_LIMIT_MAX, `limit must be at most ${LIST_LIMIT_MAX}`)
      .default(LIST_LIMIT_DEFAULT),
  })
  .superRefine((query, ctx) => {
    if (query.from && query.to && query.from > query.to) ctx.addIssue({ code: "custom", path: ["to"], message: "to must not be before from" });
  });

/** GET /api/incidents/export: the list filters and sort (cursor and limit are ignored) plus the file format. */
export const incidentExportQuerySchema = incidentListQuerySchema.safeExtend({
  format: z.enum(["csv", "json"], { error: "format must be csv or json" }).default("csv"),
});

export type IncidentCreateInput = z.input<typeof incidentCreateSchema>;
export type IncidentCreate = z.output<typeof incidentCreateSchema>;
export type IncidentUpdateInput = z.input<typeof incidentUpdateSchema>;
export type IncidentUpdate = z.output<typeof incidentUpdateSchema>;
export type IncidentEventCreateInput = z.input<typeof incidentEventCreateSchema>;
export type IncidentEventCreate = z.output<typeof incidentEventCreateSchema>;
export type IncidentListQueryInput = z.input<typeof incidentListQuerySchema>;
export type IncidentListQuery = z.output<typeof incidentListQuerySchema>;
export type IncidentExportQuery = z.output<typeof incidentExportQuerySchema>;
/** The filters alone (what export takes). */
export type IncidentFilters = Pick<
  IncidentListQuery,
  "status" | "severity" | "service" | "namespace" | "runbook" | "from" | "to" | "q" | "alertname" | "hasAlert" | "hasRunbook" | "fixWorked" | "has" | "similar"
>;
