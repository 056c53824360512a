import { z } from "zod";
import { apiErrorBodySchema } from "@/lib/http/error-body-schema";
import { readWholeNumber } from "@/lib/whole-number";
import { API_OPERATIONS, API_TAGS, ERROR_DESCRIPTIONS, type ApiOperation } from "./api-operations";
import type { OpenApiDocument } from "./openapi-document-schema";

/**
 * The OpenAPI 3.1 document, generated from the zod schemas the routes use
 * (api-operations.ts) with zod 4's own z.toJSONSchema: OpenAPI 3.1's schema
 * dialect is JSON Schema 2020-12, which is what it emits, so no converter or
 * hand-written copy sits in between. Request schemas are described as they
 * are sent (io "input"), response schemas as they are answered (io "output").
 * Schemas with a `meta({ id })` become components. Pure.
 */

type JsonSchema = Record<string, unknown>;
export type { OpenApiDocument };

const REF_PREFIX = "#/components/schemas/";

/**
 * A whole-number parameter's default is written as text (wholeNumberTextOr's prefault), so that it
 * is parsed like a sent value; the document states it as the number the parameter is typed as.
 */
function numericDefault({ jsonSchema }: { jsonSchema: JsonSchema }): void {
  const number = jsonSchema.type === "integer" && typeof jsonSchema.default === "string" ? readWholeNumber(jsonSchema.default) : null;
  if (number !== null) jsonSchema.default = number;
}

/** z.toJSONSchema puts named schemas under $defs; they move to components.schemas and the refs follow. */
function toSchema(schema: z.ZodType, io: "input" | "output", components: Record<string, JsonSchema>): JsonSchema {
  const generated = z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any", reused: "inline", override: numericDefault }) as JsonSchema;
  const rewritten = JSON.parse(JSON.stringify(generated).replaceAll('"#/$defs/', `"${REF_PREFIX}`)) as JsonSchema;
  const { $schema: _dialect, $defs, ...rest } = rewritten;
  for (const [id, def] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) components[id] = def;
  return rest;
}

/** Query schema → one parameter per property (arrays repeat the key: status=open&status=mitigated). */
function queryParameters(schema: z.ZodType, components: Record<string, JsonSchema>): JsonSchema[] {
  const json = toSchema(schema, "input", components);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: "query",
    required: required.has(name),
    ...(typeof property.description === "string" ? { description: property.description } : {}),
    schema: property,
    ...(JSON.stringify(property).includes('"array"') ? { style: "form", explode: true } : {}),
  }));
}

function headersObject(headers: Record<string, string> | undefined): { headers?: Record<string, JsonSchema> } {
  if (!headers) return {};
  return { headers: Object.fromEntries(Object.entries(headers).map(([name, description]) => [name, { description, schema: { type: "string" } }])) };
}

/**
 * The document's default security is a token or a session. A public operation
 * needs neither (`[]`); one where a credential still counts accepts none or either (`{}` first).
 */
function securityOf(op: ApiOperation): { security?: Record<string, string[]>[]; "x-triage-credential"?: string } {
  if (op.permission !== "public") return {};
  if (!op.credentialOptional) return { security: [] };
  return { security: [{}, { bearerToken: [] }, { session: [] }], "x-triage-credential": op.credentialOptional };
}

function operationObject(op: ApiOperation, components: Record<string, JsonSchema>): JsonSchema {
  const parameters = [
    ...Object.entries(op.pathParams ?? {}).map(([name, description]) => ({ name, in: "path", required: true, description, schema: { type: "string" } })),
    ...(op.query ? queryParameters(op.query, components) : []),
  ];
  const responses: Record<string, JsonSchema> = {};
  for (const [status, spec] of Object.entries(op.responses)) {
    const content: Record<string, JsonSchema> = {};
    if (spec.schema) content["application/json"] = { schema: toSchema(spec.schema, "output", components) };
    for (const type of spec.mediaTypes ?? []) content[type] = { schema: { type: "string" } };
    responses[status] = { description: spec.description, ...headersObject(spec.headers), content };
  }
  for (const status of op.errors) {
    responses[String(status)] = {
      description: op.errorDescriptions?.[status] ?? ERROR_DESCRIPTIONS[status] ?? "Error",
      ...headersObject(status === 429 ? { "Retry-After": "Seconds to wait before trying again" } : undefined),
      content: { "application/json": { schema: { $ref: `${REF_PREFIX}Error` } } },
    };
  }
  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: [op.tag],
    "x-triage-permission": op.permission,
    ...securityOf(op),
    ...(parameters.length ? { parameters } : {}),
    ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(op.body, "input", components) } } } } : {}),
    responses,
  };
}

export function buildOpenApiDocument(operations: ApiOperation[] = API_OPERATIONS): OpenApiDocument {
  const components: Record<string, JsonSchema> = {};
  toSchema(apiErrorBodySchema, "output", components);
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of operations) {
    paths[op.path] ??= {};
    paths[op.path][op.method] = operationObject(op, components);
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Triage API",
      version: "1",
      description:
        "Incidents, write-ups, runbooks, search, the Alertmanager webhook and the health probes of Triage. Authenticate with `Authorization: Bearer <token>` (an API token) or a session cookie; with sign-in off (TRIAGE_AUTH=none) everyone may read and write. Every error answers `{\"error\":{\"code\",\"message\",\"fields\"}}` with a code from one closed set.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerToken: [] }, { session: [] }],
    tags: API_TAGS.map((tag) => ({ ...tag })),
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))),
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "An API token (admin page) or TRIAGE_API_TOKEN" },
        session: { type: "apiKey", in: "cookie", name: "better-auth.session_token", description: "The browser's session after sign-in" },
      },
    },
  };
}
