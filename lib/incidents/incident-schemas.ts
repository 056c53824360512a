import "@/lib/zod-jitless";
import { z } from "zod";
import { INCIDENT_LIMITS, textRule, yearProblem } from "./incident-limits";
import { RESULT_REQUIRED_MESSAGE, SEVERITIES, SOURCES, STATUSES } from "./incident-vocabulary";
import { requiredOr, requiredText } from "./incident-text-fields";
import { parseIsoDateTime } from "./iso-time";
import { formatNumber } from "@/lib/format-number";

// Server code imports every incident schema and word from here; browser code imports the
// smaller module it needs (vocabulary, list query, event), so a page builds only its own schemas.
export * from "./incident-vocabulary";
export * from "./incident-list-query-schema";
export * from "./incident-event-schemas";

/**
 * The input schemas of incidents, shared by the browser forms (react-hook-form
 * + zodResolver) and the API. Form inputs are strings, so every field accepts
 * what an <input> produces ("" for an empty optional field, ISO strings for
 * times) and the output is what the domain stores (null, Date). Checks that
 * need the server (does a runbook slug exist, the stored version) live in the
 * domain functions and come back as FieldValidationError. This module holds
 * the create, import and update schemas; the list query and note schemas have
 * modules of their own.
 */

/** Times in the future are accepted up to this much, for clocks that are slightly off. */
const CLOCK_SKEW_MS = 5 * 60_000;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
    .string({ error: requiredOr(label, dateTimeMessage(label)) })
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

/**
 * Field → message for times that are out of order or in the future; {} when fine. Used by the
 * schema and by PATCH after merging. `stored` (PATCH): a time equal to the one already stored
 * is not judged against the clock again. The webhook stores Alertmanager's times as sent (the
 * alert's startsAt is its identity), so with Alertmanager's clock ahead of this server's an
 * incident held a "future" start, and every later edit, even of its severity, was refused at a
 * field the caller never sent.
 */
export function checkIncidentTimes(times: IncidentTimes, now = Date.now(), stored?: IncidentTimes): Record<string, string> {
  const problems: Record<string, string> = {};
  // A time is judged against the clock and the other milestones when it is new (a create, or a PATCH that changes it).
  const judgedByClock = (field: keyof IncidentTimes) => stored === undefined || times[field]?.getTime() !== stored[field]?.getTime();
  if (times.startedAt.getTime() > now + CLOCK_SKEW_MS && judgedByClock("startedAt")) problems.startedAt = "Started at cannot be in the future";
  const later = [
    ["detectedAt", "Detected at"],
    ["mitigatedAt", "Mitigated at"],
    ["resolvedAt", "Resolved at"],
  ] as const;
  for (const [field, label] of later) {
    const value = times[field];
    if (!value) continue;
    if (value < times.startedAt) problems[field] = `${label} cannot be before started at`;
    else if (value.getTime() > now + CLOCK_SKEW_MS && judgedByClock(field)) problems[field] = `${label} cannot be in the future`;
  }
  // Mitigation comes first: resolved before mitigated made time-to-mitigate longer than time-to-resolve.
  // Judged when either time is new, so an edit of another field never fails on stored history.
  const { mitigatedAt, resolvedAt } = times;
  if (mitigatedAt && resolvedAt && resolvedAt < mitigatedAt && !problems.resolvedAt && (judgedByClock("mitigatedAt") || judgedByClock("resolvedAt"))) {
    problems.resolvedAt = "Resolved at cannot be before mitigated at";
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
      // Two answers for one runbook (one true, one false) were both accepted and the last won.
      .refine((entries) => new Set(entries.map((e) => e.slug)).size === entries.length, "Runbook feedback names a runbook twice: give one answer per runbook")
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

export type IncidentCreateInput = z.input<typeof incidentCreateSchema>;
export type IncidentCreate = z.output<typeof incidentCreateSchema>;
export type IncidentUpdateInput = z.input<typeof incidentUpdateSchema>;
export type IncidentUpdate = z.output<typeof incidentUpdateSchema>;
