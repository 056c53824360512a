import { z } from "zod";
import { alertmanagerPayloadSchema } from "@/lib/alerts/alertmanager-payload-schema";
import { alertmanagerIngestResultSchema } from "@/lib/alerts/ingest-alertmanager";
import { BETTER_AUTH_ROUTES } from "@/lib/auth/better-auth-routes";
import { breakGlassResultSchema, breakGlassSchema } from "@/lib/auth/sign-in-break-glass";
import { meSchema } from "@/lib/auth/viewer";
import { healthOkAnswerSchema, healthUnavailableAnswerSchema, notReadySchema, statusOkSchema } from "@/lib/health/health-schemas";
import { postmortemSchema } from "@/lib/incidents/build-postmortem";
import { runbookIncidentSummarySchema } from "@/lib/incidents/get-runbook-incident-summary";
import { incidentDetailDtoSchema, incidentDtoSchema, incidentEventDtoSchema, incidentListDtoSchema } from "@/lib/incidents/incident-dto";
import { incidentJsonExportSchema } from "@/lib/incidents/incident-export-format";
import { incidentCreateSchema, incidentEventCreateSchema, incidentExportQuerySchema, incidentListQuerySchema, incidentUpdateSchema } from "@/lib/incidents/incident-schemas";
import { runbookDraftQuerySchema } from "@/lib/incidents/runbook-draft-schemas";
import { runbookDraftSchema } from "@/lib/runbooks/build-runbook-draft";
import { runbookListSchema } from "@/lib/runbooks/runbook-list-dto";
import { searchResponseSchema } from "@/lib/search/search-dto";
import { searchBodySchema, searchQuerySchema } from "@/lib/search/search-schemas";
import { openApiDocumentSchema } from "./openapi-document-schema";

/**
 * The REST API's operations, each naming the zod schemas its route handler
 * parses input with and answers with. The OpenAPI document is generated from
 * this list (build-openapi-document.ts), and tests/db/openapi-responses.test.ts
 * checks every operation's real answers against the document, so a route that
 * changes its schemas changes the contract with it.
 */

export type HttpMethod = "get" | "post" | "patch";

/** The document's tags, in the order the /api page shows them. */
export const API_TAGS = [
  { name: "Incidents", description: "Log, change, list and export incidents." },
  { name: "Write-ups", description: "Runbook drafts and postmortems built from incidents." },
  { name: "Runbooks", description: "The runbook catalogue, and how often each runbook was needed." },
  { name: "Search", description: "Runbooks and incidents by symptom: pasted log lines or typed words, English or Chinese." },
  { name: "Alerts", description: "Alertmanager's webhook." },
  {
    name: "Auth",
    description: `Who the caller is, and the break-glass sign-in. Sign-in itself (OIDC) and sign-out are Better Auth's own endpoints, served by its handler and not described here: ${BETTER_AUTH_ROUTES.map((r) => `${r.method} ${r.path} (${r.purpose})`).join("; ")}. Every other path under /api/auth answers 404, and so do these on a server that issues no sessions (no TRIAGE_AUTH_SECRET: sign-in off or by proxy, without a break-glass admin).`,
  },
  { name: "Health", description: "Status for monitors, and the Kubernetes liveness and readiness probes." },
  { name: "Meta", description: "This document." },
] as const;

export type ApiTag = (typeof API_TAGS)[number]["name"];

/**
 * Route files under app/api that the document leaves out, each with the
 * reason. tests/unit/openapi-coverage.test.ts fails for any other route file
 * the document does not cover, and for an entry here that no longer exists.
 */
export const ROUTES_OUTSIDE_DOCUMENT: { route: string; reason: string }[] = [
  {
    route: "app/api/auth/[...all]/route.ts",
    reason: "Better Auth's own handler: it serves only lib/auth/better-auth-routes.ts (OIDC sign-in, its callback, sign-out, the session), whose bodies Better Auth defines; the Auth tag names them.",
  },
  {
    route: "app/api/[...path]/route.ts",
    reason: "Not an endpoint: the JSON 404 (not_found) of every /api path that no route serves, with any method.",
  },
];

export interface ApiResponseSpec {
  description: string;
  /** JSON body; omit for a non-JSON body (then `mediaTypes`). */
  schema?: z.ZodType;
  /** Other media types of the body, each a string (CSV, say). */
  mediaTypes?: string[];
  /** Response headers worth knowing, name → description. */
  headers?: Record<string, string>;
}

export interface ApiOperation {
  method: HttpMethod;
  /** OpenAPI path template: /api/incidents/{id}. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: ApiTag;
  pathParams?: Record<string, string>;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Answers with their own body, by status: the successes (and a probe's 503). */
  responses: Record<number, ApiResponseSpec>;
  /** Error statuses this operation can answer, each with the Error body. */
  errors: number[];
  /** What an error status means here, where it differs from ERROR_DESCRIPTIONS. */
  errorDescriptions?: Partial<Record<number, string>>;
  /**
   * Who may call it: reads need incidents:read, writes name their permission
   * (anyone may with TRIAGE_AUTH=none); "public" needs no credential.
   */
  permission: "incidents:read" | "incidents:write" | "alerts:write" | "public";
  /** For a public operation: what a credential sent anyway changes. */
  credentialOptional?: string;
}

/** Statuses every operation can answer: no or a bad credential, a missing permission, a server fault. */
const AUTH_ERRORS = [401, 403, 500];

/** What 401 and 403 mean on an operation anyone may call: only a credential that is sent and wrong is refused. */
const BAD_CREDENTIAL_ERRORS = {
  401: "The Authorization header is not `Bearer <token>`, or the token is unknown, revoked or expired (unauthorized)",
  403: "Identity headers from an address that is not a trusted proxy (forbidden)",
};
const BODY_ERRORS = [400, 413, 415];
/** Writes also pass the per-client rate limit (lib/http/rate-limit.ts), and wait for SQLite's write lock (503 when another process holds it too long). */
const WRITE_ERRORS = [...BODY_ERRORS, 429, 503];

export const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Invalid input (invalid_input, invalid_json), or a query parameter or body field the operation does not take: the message and `fields` name what is wrong and where",
  401: "No or an invalid credential (unauthorized)",
  403: "The caller lacks the permission (forbidden)",
  404: "No such incident or runbook (not_found)",
  409: "The incident changed since `version` was read (conflict)",
  413: "The body is over 1 MiB (payload_too_large)",
  415: "The body is not JSON (unsupported_media_type)",
  429: "Too many requests from this client for now (rate_limited); retry after Retry-After seconds",
  500: "A server fault; logged (internal_error)",
  503: "The database is busy: another process held its write lock past the busy timeout (unavailable); nothing was changed, retry after Retry-After seconds",
};

const INCIDENT_ID = { id: "Incident id" };
const SEARCH_CREDENTIALS = "Runbooks are found for anyone; incidents only for a caller with incidents:read (a token, a session, or anyone with TRIAGE_AUTH=none).";

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
    errors: [...WRITE_ERRORS, ...AUTH_ERRORS],
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
    responses: {
      200: {
        description: "The export file",
        schema: incidentJsonExportSchema,
        mediaTypes: ["text/csv"],
        headers: { "X-Total-Count": "Incidents matching the filters", "X-Export-Truncated": "true when the export stopped at its row limit" },
      },
    },
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
    errors: [400, 404, ...AUTH_ERRORS],
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
    errors: [...WRITE_ERRORS, 404, 409, ...AUTH_ERRORS],
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
    errors: [...WRITE_ERRORS, 404, ...AUTH_ERRORS],
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
    errors: [400, 404, ...AUTH_ERRORS],
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
    errors: [400, 404, ...AUTH_ERRORS],
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
    errors: [400, 404, ...AUTH_ERRORS],
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
    errors: [...WRITE_ERRORS, 409, ...AUTH_ERRORS],
    permission: "alerts:write",
  },
  {
    method: "get",
    path: "/api/runbooks",
    operationId: "listRunbooks",
    summary: "Every runbook with the alerts it answers",
    description: "By title. For rule checkers and other tools that link to runbooks (`triage check-rules --url` reads it).",
    tag: "Runbooks",
    responses: { 200: { description: "The runbooks", schema: runbookListSchema } },
    errors: [400, ...AUTH_ERRORS],
    errorDescriptions: BAD_CREDENTIAL_ERRORS,
    permission: "public",
    credentialOptional: "Runbooks are public; a credential that is sent must be valid.",
  },
  {
    method: "get",
    path: "/api/search",
    operationId: "search",
    summary: "Search runbooks and incidents",
    description:
      "Paste an error or type what you see. Log lines are normalised first (instance data out), so the same line from another pod or minute finds the same results. Runbooks first, then incidents; `type` keeps one kind.",
    tag: "Search",
    query: searchQuerySchema,
    responses: { 200: { description: "The results, best first within each kind", schema: searchResponseSchema } },
    errors: [400, ...AUTH_ERRORS],
    errorDescriptions: BAD_CREDENTIAL_ERRORS,
    permission: "public",
    credentialOptional: SEARCH_CREDENTIALS,
  },
  {
    method: "post",
    path: "/api/search",
    operationId: "searchByBody",
    summary: "Search runbooks and incidents (query in the body)",
    description:
      "The same search as GET, for a query too long for a URL: a pasted log of a few thousand characters (a Chinese character is 9 bytes once percent-encoded, and proxies refuse request lines past 8 KiB). A read: no write permission, no write rate limit. `limit` is a JSON number.",
    tag: "Search",
    body: searchBodySchema,
    responses: { 200: { description: "The results, best first within each kind", schema: searchResponseSchema } },
    errors: [...BODY_ERRORS, ...AUTH_ERRORS],
    errorDescriptions: BAD_CREDENTIAL_ERRORS,
    permission: "public",
    credentialOptional: SEARCH_CREDENTIALS,
  },
  {
    method: "get",
    path: "/api/me",
    operationId: "getMe",
    summary: "Who the caller is",
    description: "The sign-in mode, the caller (a user, a token or anonymous), its role and permissions, and what the sign-in page offers.",
    tag: "Auth",
    responses: { 200: { description: "The caller", schema: meSchema } },
    errors: [400, ...AUTH_ERRORS],
    errorDescriptions: BAD_CREDENTIAL_ERRORS,
    permission: "public",
    credentialOptional: "A token, a session or a trusted proxy's identity headers name the caller; without one it is anonymous.",
  },
  {
    method: "post",
    path: "/api/auth/break-glass",
    operationId: "signInBreakGlass",
    summary: "Break-glass admin sign-in",
    description:
      "For when the identity provider is down: TRIAGE_ADMIN_EMAIL and the password whose hash is TRIAGE_ADMIN_PASSWORD_HASH, in every sign-in mode. Posted by the sign-in form: the Origin header must name this site.",
    tag: "Auth",
    body: breakGlassSchema,
    responses: { 200: { description: "Signed in", schema: breakGlassResultSchema, headers: { "Set-Cookie": "The session cookie" } } },
    errors: [...WRITE_ERRORS, 401, 403, 404, 500],
    errorDescriptions: {
      401: "Wrong email or password (unauthorized); the message does not say which",
      403: "The Origin header is missing or names another site (forbidden)",
      404: "No break-glass admin is configured (not_found)",
      429: "5 wrong guesses for this email or from this address within 15 minutes (rate_limited); retry after Retry-After seconds",
    },
    permission: "public",
  },
  {
    method: "get",
    path: "/api/health",
    operationId: "getHealth",
    summary: "Status, and database details for a token or an admin",
    description:
      "Everyone gets the status; an API token (any scope) or an admin session also gets the database kind, migration state and row counts, or the driver's reason when it does not answer. A wrong credential is simply anonymous here.",
    tag: "Health",
    responses: {
      200: { description: "The database answers", schema: healthOkAnswerSchema },
      503: { description: "The database does not answer", schema: healthUnavailableAnswerSchema },
    },
    errors: [400],
    permission: "public",
    credentialOptional: "An API token or an admin session sees the details.",
  },
  {
    method: "get",
    path: "/api/health/live",
    operationId: "getLiveness",
    summary: "Liveness probe",
    description: "The process serves requests. Touches no database.",
    tag: "Health",
    responses: { 200: { description: "Alive", schema: statusOkSchema } },
    errors: [400],
    permission: "public",
  },
  {
    method: "get",
    path: "/api/health/ready",
    operationId: "getReadiness",
    summary: "Readiness probe",
    description: "200 when the database answers with every migration of this build applied, else 503.",
    tag: "Health",
    responses: {
      200: { description: "Ready", schema: statusOkSchema },
      503: { description: "The database does not answer, or a migration is not applied", schema: notReadySchema },
    },
    errors: [400],
    permission: "public",
  },
  {
    method: "get",
    path: "/api/openapi.json",
    operationId: "getOpenApiDocument",
    summary: "This OpenAPI document",
    tag: "Meta",
    responses: { 200: { description: "The OpenAPI 3.1 document", schema: openApiDocumentSchema } },
    errors: [400],
    permission: "public",
  },
];
