import { z } from "zod";

/**
 * The outline of the document GET /api/openapi.json serves: what a client can
 * rely on (an OpenAPI 3.1 document with paths and component schemas). The
 * rest follows the OpenAPI 3.1 specification; tests/db/openapi-responses.test.ts
 * checks the whole document compiles and every operation's answers validate.
 */
const jsonObject = z.record(z.string(), z.unknown());

export const openApiDocumentSchema = z
  .looseObject({
    openapi: z.literal("3.1.0"),
    info: z.looseObject({ title: z.string(), version: z.string(), description: z.string() }),
    paths: z.record(z.string(), z.record(z.string(), jsonObject)).describe("Path → method → operation"),
    components: z.looseObject({ schemas: z.record(z.string(), jsonObject) }),
  })
  .meta({ id: "OpenApiDocument", description: "An OpenAPI 3.1 document (https://spec.openapis.org/oas/v3.1.0); its schemas are JSON Schema 2020-12." });

export type OpenApiDocument = z.infer<typeof openApiDocumentSchema>;
