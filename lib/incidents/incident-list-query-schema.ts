import "@/lib/zod-jitless";
import { z } from "zod";
import { cleanText, INCIDENT_LIMITS, textListProblem, textRule, yearProblem } from "./incident-limits";
import {
  FIX_WORKED_VALUES,
  LIST_LIMIT_DEFAULT,
  LIST_LIMIT_MAX,
  MILESTONE_TIMES,
  NAMESPACE_FILTER_MAX,
  SEVERITIES,
  SORT_KEYS,
  SORT_ORDERS,
  STATUSES,
  splitListParam,
} from "./incident-vocabulary";
import { givenOnceOr } from "@/lib/http/search-params";
import { wholeNumberMessages, wholeNumberTextOr } from "@/lib/whole-number-text";
import { parseIsoDate, parseIsoDateTime } from "./iso-time";

/**
 * The incident list's filters, sort and page, parsed from URL search
 * parameters: by GET /api/incidents, the export, and the browser's list state
 * (which reuses this schema). A module of its own so the list page builds only
 * these schemas, not the create and update ones (incident-schemas.ts).
 */

const listValues = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => splitListParam(value === undefined ? [] : [value].flat()));

const listParam = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  listValues.pipe(z.array(z.enum(values, { error: `${label} must be one of ${values.join(", ")}` })));

/** Free-text values (namespace names): the rule is textListProblem's, which the browser's list state applies too. */
const textListParam = (label: string, max: number) =>
  listValues.superRefine((values, ctx) => {
    const problem = textListProblem(values, label, max, NAMESPACE_FILTER_MAX);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const singleParam = (label: string, max: number) =>
  z
    .string({ error: givenOnceOr(label, `${label} must be text`) })
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .refine(...textRule(label, "line"))
    .optional()
    .transform((value) => value || undefined);

/** A yes/no filter: `true` or `false`; absent means either. */
const booleanParam = (label: string) =>
  z
    .enum(["true", "false"], { error: givenOnceOr(label, `${label} must be true or false`) })
    .optional()
    .transform((value) => (value === undefined ? undefined : value === "true"));

/** Free text to look for (q): control characters are dropped rather than refused (pasted terminal output carries colour codes), see incident-limits.ts. */
const searchTextParam = (label: string, max: number) =>
  z
    .string({ error: givenOnceOr(label, `${label} must be text`) })
    .max(max, `${label} must be at most ${max} characters`)
    .optional()
    .transform((value) => (value === undefined ? undefined : cleanText(value, "line").trim() || undefined));

/** from/to: a date (a whole UTC day; `to` includes that day) or a date and time with a time zone. */
const boundParam = (label: string, endOfDay: boolean) =>
  z
    .string({ error: givenOnceOr(label, `${label} must be text`) })
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

/** The list's filters and sort, from URL search parameters (see searchParamsToRecord in lib/http/search-params.ts); export takes the same. */
const filterShape = {
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
  fixWorked: z.enum(FIX_WORKED_VALUES, { error: givenOnceOr("fixWorked", `fixWorked must be one of ${FIX_WORKED_VALUES.join(", ")}`) }).optional(),
  has: listParam(MILESTONE_TIMES, "has"),
  /** A title, or a title key: matches incidents whose title folds to the same key (lib/incidents/title-key.ts). */
  similar: searchTextParam("similar", 200),
  sort: z.enum(SORT_KEYS, { error: givenOnceOr("sort", `sort must be one of ${SORT_KEYS.join(", ")}`) }).default("startedAt"),
  order: z.enum(SORT_ORDERS, { error: givenOnceOr("order", "order must be desc or asc") }).default("desc"),
};

function fromNotAfterTo(query: { from?: Date; to?: Date }, ctx: z.RefinementCtx): void {
  if (query.from && query.to && query.from > query.to) ctx.addIssue({ code: "custom", path: ["to"], message: "to must not be before from" });
}

export const incidentListQuerySchema = z
  .object({
    ...filterShape,
    cursor: singleParam("cursor", 500),
    limit: wholeNumberTextOr(LIST_LIMIT_DEFAULT, 1, LIST_LIMIT_MAX, wholeNumberMessages("limit", 1, LIST_LIMIT_MAX)),
  })
  .superRefine(fromNotAfterTo);

/**
 * GET /api/incidents/export: the list filters and sort plus the file format. No cursor or limit: an
 * export is every match (up to EXPORT_CAP), so they are refused like any unknown parameter rather
 * than taken and ignored.
 */
export const incidentExportQuerySchema = z
  .object({
    ...filterShape,
    format: z.enum(["csv", "json"], { error: givenOnceOr("format", "format must be csv or json") }).default("csv"),
  })
  .superRefine(fromNotAfterTo);

export type IncidentListQueryInput = z.input<typeof incidentListQuerySchema>;
export type IncidentListQuery = z.output<typeof incidentListQuerySchema>;
export type IncidentExportQuery = z.output<typeof incidentExportQuerySchema>;
/** The filters alone (what export takes). */
export type IncidentFilters = Pick<
  IncidentListQuery,
  "status" | "severity" | "service" | "namespace" | "runbook" | "from" | "to" | "q" | "alertname" | "hasAlert" | "hasRunbook" | "fixWorked" | "has" | "similar"
>;
