import type { z } from "zod";
import { authorize, type Channel, type RequestContext } from "@/lib/auth/actor";
import { resolveRequestContext } from "@/lib/auth/request-context";
import { FieldValidationError } from "@/lib/incidents/errors";
import { toErrorResponseBody, zodFields } from "./error-body";
import { enforceRateLimit } from "./rate-limit";
import { readJsonBody } from "./read-json-body";
import { searchParamsToRecord } from "./search-params";
import { unknownBodyFieldsError, unknownQueryParamsError } from "./unknown-names";

/**
 * The one wrapper every API route handler goes through, so identity, body
 * limits, validation and error mapping are written once:
 *
 * - the request context (lib/auth/request-context.ts): a bearer token, a
 *   session, a trusted proxy's identity headers, or anonymous; `ctx` goes to
 *   the handler, which passes it to the domain function that authorizes writes;
 * - reads (GET/HEAD) need `incidents:read` (open in `none` mode; a session or a token otherwise),
 *   unless the route is `access: "public"` (runbooks are public: the domain function decides what
 *   each caller sees, e.g. search gives incidents only to those who may read them);
 * - writes: a per-client rate limit (429 + Retry-After, lib/http/rate-limit.ts);
 * - `body`: the JSON body (415 unless JSON, 413 over 1 MiB, 400 if it does not parse), parsed with the schema;
 * - `query`: the URL's search parameters, parsed with the schema;
 * - both are object schemas, whose keys are the names the route takes: a query parameter or a
 *   top-level body field it does not take is refused with 400 naming it (lib/http/unknown-names.ts),
 *   rather than dropped; on routes without a query schema, any parameter is. The webhook is exempt:
 *   Alertmanager sends fields Triage does not read, and drops a delivery answered with a 4xx;
 * - errors become `{"error":{"code","message","fields"}}`: zod and FieldValidationError 400,
 *   401/403 from authorization, NotFoundError 404, ConflictError 409, anything else 500 (logged).
 */

export interface ApiInput<B, Q> {
  request: Request;
  ctx: RequestContext;
  body: B;
  query: Q;
  /** The route's dynamic segments ({ id } for /api/incidents/[id]). */
  params: Record<string, string | undefined>;
}

export interface ApiRouteSpec<B, Q> {
  /** An object schema (its `shape` names the fields the route takes). */
  body?: ObjectSchema<B>;
  /** An object schema (its `shape` names the parameters the route takes). */
  query?: ObjectSchema<Q>;
  /** How events written through this route say the change came in; default "api". */
  channel?: Channel;
  /** "public": reads need no permission (a bad credential is still refused); default: `incidents:read`. */
  access?: "public";
  /**
   * A read sent as POST because its input may not fit in a URL (a pasted log to search): the read
   * rules apply (access, no write permission, no write rate limit), whatever the method.
   */
  read?: true;
}

type ObjectSchema<T> = z.ZodType<T> & { shape: Record<string, unknown> };

/** Next.js passes the dynamic segments as a Promise (Next 15+). */
export interface RouteContext {
  params: Promise<Record<string, string>>;
}

const READ_METHODS = new Set(["GET", "HEAD"]);
const NO_STORE = { "Cache-Control": "no-store" };

export function apiRoute<B = undefined, Q = undefined>(spec: ApiRouteSpec<B, Q>, handler: (input: ApiInput<B, Q>) => Promise<Response>) {
  return async function route(request: Request, context?: RouteContext): Promise<Response> {
    try {
      const ctx = await resolveRequestContext(request.headers, spec.channel ?? "api");
      if (READ_METHODS.has(request.method) || spec.read) {
        if (spec.access !== "public") authorize(ctx, "incidents:read");
      } else {
        // Someone anonymous who may write nothing is refused before the body is read (the domain would refuse it anyway).
        if (ctx.actor.kind === "anonymous" && ctx.actor.permissions.every((p) => p === "incidents:read")) authorize(ctx, ctx.channel === "webhook" ? "alerts:write" : "incidents:write");
        await enforceRateLimit(ctx, request.headers);
      }
      const params = (await context?.params) ?? {};
      const strict = spec.channel !== "webhook";
      const searchParams = new URL(request.url).searchParams;
      const query = parseChecked(spec.query, searchParamsToRecord(searchParams), strict ? unknownQueryParamsError(searchParams, namesOf(spec.query)) : undefined);
      const rawBody = spec.body ? await readJsonBody(request) : undefined;
      const body = parseChecked(spec.body, rawBody, spec.body && strict ? unknownBodyFieldsError(rawBody, namesOf(spec.body)) : undefined);
      return await handler({ request, ctx, body, query, params });
    } catch (error) {
      return errorResponse(request, error);
    }
  };
}

const namesOf = (schema: ObjectSchema<unknown> | undefined) => Object.keys(schema?.shape ?? {});

/**
 * Input parsed with its schema (undefined without one). Unknown names are refused together with the
 * schema's own problems, so one answer names both ("titel": unknown, did you mean title; title:
 * required).
 */
function parseChecked<T>(schema: ObjectSchema<T> | undefined, raw: unknown, unknown: FieldValidationError | undefined): T {
  if (!schema) {
    if (unknown) throw unknown;
    return undefined as T;
  }
  if (!unknown) return schema.parse(raw);
  const parsed = schema.safeParse(raw);
  throw parsed.success ? unknown : new FieldValidationError({ ...zodFields(parsed.error).fields, ...unknown.fields }, unknown.message);
}

/** A JSON body parsed with its schema, unknown fields refused together with its problems, as apiRoute parses one: for the routes outside apiRoute. */
export function parseBody<T>(schema: ObjectSchema<T>, raw: unknown): T {
  return parseChecked(schema, raw, unknownBodyFieldsError(raw, namesOf(schema)));
}

/** An error as the API's JSON answer, mapped as for apiRoute's handlers: also for the routes outside apiRoute. */
export function errorResponse(request: Request, error: unknown): Response {
  const mapped = toErrorResponseBody(error, `${request.method} ${new URL(request.url).pathname}`);
  return Response.json(mapped.body, { status: mapped.status, headers: { ...NO_STORE, ...mapped.headers } });
}

/**
 * For a route outside apiRoute that takes no query parameters (the health probes, whose credential
 * rules are their own, and the OpenAPI document): any parameter refused as apiRoute refuses one on a
 * route without a query schema, 400 naming it; undefined when the URL has none.
 */
export function refuseQueryParams(request: Request): Response | undefined {
  const unknown = unknownQueryParamsError(new URL(request.url).searchParams, []);
  return unknown && errorResponse(request, unknown);
}

/** A JSON answer that no cache keeps (incidents change under the same URL). */
export function jsonResponse(data: unknown, status = 200): Response {
  return Response.json(data, { status, headers: NO_STORE });
}
