import { z } from "zod";
import { alertmanagerPayloadSchema } from "@/lib/alerts/alertmanager-payload-schema";
import { alertmanagerIngestResultSchema } from "@/lib/alerts/ingest-alertmanager";
import { postmortemSchema } from "@/lib/incidents/build-postmortem";
import { runbookIncidentSummarySchema } from "@/lib/incidents/get-runbook-incident-summary";
import { incidentDetailDtoSchema, incidentDtoSchema, incidentEventDtoSchema, incidentListDtoSchema } from "@/lib/incidents/incident-dto";
import { incidentJsonExportSchema } from "@/lib/incidents/incident-export-format";
import { incidentCreateSchema, incidentEventCreateSchema, incidentExportQuerySchema, incidentListQuerySchema, incidentUpdateSchema } from "@/lib/incidents/incident-schemas";
import { runbookDraftQuerySchema } from "@/lib/incidents/runbook-draft-schemas";
import { runbookDraftSchema } from "@/lib/runbooks/build-runbook-draft";

/**
 * The REST API's operations, each naming the zod schemas its route handler
 * parses input with and answers with. The OpenAPI document is generated from
 * this list (build-openapi-document.ts), and tests/db/openapi-responses.test.ts
 * checks every operation's real answers against the document, so a route that
 * changes its schemas changes the contract with it.
 */

export type HttpMethod = "get" | "post" | "patch";

export interface ApiResponseSpec {
  description: string;
  /** JSON body; omit for a non-JSON body (then `mediaTypes`). */
  schema?: z.ZodType;
  /** Other media types of the body, each a string (CSV, say). */
  mediaTypes?: string[];
}

export interface ApiOperation {
  method: HttpMethod;
  /** OpenAPI path template: /api/incidents/{id}. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: "Incidents" | "Write-ups" | "Runbooks" | "Alerts";
  pathParams?: Record<string, string>;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Success answers by status. */
  responses: Record<number, ApiResponseSpec>;
  /** Error statuses this operation can answer, each with the Error body. */
  errors: number[];
  /** Who may call it: a read needs incidents:read; writes name their permission. */
  permission: "incidents:read" | "incidents:write" | "alerts:write";
}

/** Statuses every operation can answer: no or a bad credential, a missing permission, a server fault. */
const AUTH_ERRORS = [401, 403, 500];
const BODY_ERRORS = [400, 413, 415];

export const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Invalid input (invalid_input, invalid_json): the message and `fields` name what is wrong and where",
  401: "No or an invalid credential (unauthorized)",
  403: "The caller lacks the permission (forbidden)",
  404: "No such incident or runbook (not_found)",
  409: "The incident changed since `version` was read (conflict)",
  413: "The body is over 1 MiB (payload_too_large)",
  415: "The body is not JSON (unsupported_media_type)",
  500: "A server fault; logged (internal_error)",
};

const INCIDENT_ID = { id: "Incident id" };

export const API_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/api/incidents",
    operationId: "listIncidents",
    summary: "List incidents",
    description: "Filtered and sorted, a page at a time; pass `nextCursor` back as `cursor` for the next page.",
    tag: "Incidents",
    query: incidentListQuerySchema,
    responses: { 200: { description: "A page of incidents", schema: incidentListDtoSchema } },
    errors: [400, ...AUTH_ERRORS],
    permission: "incidents:read",
  },
  {
    method: "post",
    path: "/api/incidents",
    operationId: "createIncident",
    summary: "Log an incident",
    tag: "Incidents",
    body: incidentCreateSchema,
    responses: { 201: { description: "The incident as stored", schema: incidentDtoSchema } },
    errors: [...BODY_ERRORS, ...AUTH_ERRORS],
    permission: "incidents:write",
  },
  {
    method: "get",
    path: "/api/incidents/export",
    operationId: "exportIncidents",
    summary: "Export incidents (CSV or JSON)",
    description: "The list's filters and sort; `format=csv` (default) or `format=json`. Headers: X-Total-Count, X-Export-Truncated.",
    tag: "Incidents",
    query: incidentExportQuerySchema,
    responses: { 200: { description: "The export file", schema: incidentJsonExportSchema, mediaTypes: ["text/csv"] } },
    errors: [400, ...AUTH_ERRORS],
    permission: "incidents:read",
  },
  {
    method: "get",
    path: "/api/incidents/{id}",
    operationId: "getIncident",
    summary: "One incident with its timeline",
    tag: "Incidents",
    pathParams: INCIDENT_ID,
    responses: { 200: { description: "The incident and its events, oldest first", schema: incidentDetailDtoSchema } },
    errors: [404, ...AUTH_ERRORS],
    permission: "incidents:read",
  },
  {
    method: "patch",
    path: "/api/incidents/{id}",
    operationId: "updateIncident",
    summary: "Change an incident",
    description: "Only the fields sent change. Send `version` to be refused (409) if someone changed it since you read it.",
    tag: "Incidents",
    pathParams: INCIDENT_ID,
    body: incidentUpdateSchema,
    responses: { 200: { description: "The incident as stored", schema: incidentDtoSchema } },
    errors: [...BODY_ERRORS, 404, 409, ...AUTH_ERRORS],
    permission: "incidents:write",
  },
  {
    method: "post",
    path: "/api/incidents/{id}/events",
    operationId: "addIncidentNote",
    summary: "Add a note to the timeline",
    tag: "Incidents",
    pathParams: INCIDENT_ID,
    body: incidentEventCreateSchema,
    responses: { 201: { description: "The note as stored", schema: incidentEventDtoSchema } },
    errors: [...BODY_ERRORS, 404, ...AUTH_ERRORS],
    permission: "incidents:write",
  },
  {
    method: "get",
    path: "/api/incidents/{id}/runbook-draft",
    operationId: "draftRunbook",
    summary: "A runbook draft (MDX) from an incident",
    description: "Passes content:check apart from the TODO(draft) placeholders it marks.",
    tag: "Write-ups",
    pathParams: INCIDENT_ID,
    responses: { 200: { description: "The draft", schema: runbookDraftSchema } },
    errors: [404, ...AUTH_ERRORS],
    permission: "incidents:read",
  },
  {
    method: "get",
    path: "/api/runbook-drafts",
    operationId: "draftRunbookFromIncidents",
    summary: "One runbook draft merged from several incidents",
    description: "`incident=12&incident=15` (up to 20), in the order given: symptoms of all, each incident's sections under its own heading.",
    tag: "Write-ups",
    query: runbookDraftQuerySchema,
    responses: { 200: { description: "The draft", schema: runbookDraftSchema } },
    errors: [400, 404, ...AUTH_ERRORS],
    permission: "incidents:read",
  },
  {
    method: "get",
    path: "/api/incidents/{id}/postmortem",
    operationId: "getPostmortem",
    summary: "A Markdown postmortem of an incident",
    tag: "Write-ups",
    pathParams: INCIDENT_ID,
    responses: { 200: { description: "The postmortem", schema: postmortemSchema } },
    errors: [404, ...AUTH_ERRORS],
    permission: "incidents:read",
  },
  {
    method: "get",
    path: "/api/runbooks/{slug}/incidents",
    operationId: "getRunbookIncidentSummary",
    summary: "How often a runbook was needed, and the latest incidents",
    tag: "Runbooks",
    pathParams: { slug: "Runbook slug" },
    responses: { 200: { description: "The runbook's incident summary", schema: runbookIncidentSummarySchema } },
    errors: [404, ...AUTH_ERRORS],
    permission: "incidents:read",
  },
  {
    method: "post",
    path: "/api/alerts/alertmanager",
    operationId: "receiveAlertmanagerWebhook",
    summary: "Alertmanager webhook receiver",
    description: "Firing alerts open incidents (deduplicated by fingerprint), resolved alerts resolve them.",
    tag: "Alerts",
    body: alertmanagerPayloadSchema,
    responses: { 200: { description: "What each alert did", schema: alertmanagerIngestResultSchema } },
    errors: [...BODY_ERRORS, 409, ...AUTH_ERRORS],
    permission: "alerts:write",
  },
];
