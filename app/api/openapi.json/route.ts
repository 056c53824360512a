import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";

// The document only changes with the code: built once at build time.
export const dynamic = "force-static";

/** The OpenAPI 3.1 document of the REST API, generated from the routes' zod schemas (lib/openapi). Public: it holds no data. */
export function GET(): Response {
  return Response.json(buildOpenApiDocument());
}
