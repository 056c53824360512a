import { refuseQueryParams } from "@/lib/http/api-route";
import { buildOpenApiDocument, type OpenApiDocument } from "@/lib/openapi/build-openapi-document";

/**
 * Rendered per request, not prerendered (force-static): Next answers every method but GET and HEAD
 * on a prerendered route itself, with a bare 405 (so OPTIONS was refused here alone), and a
 * prerendered route never sees the query string, so an unknown parameter could not be refused.
 */
export const dynamic = "force-dynamic";

/** The document only changes with the code: built on the first request, once per process (as the /api page does). */
let document: OpenApiDocument | undefined;

/** The OpenAPI 3.1 document of the REST API, generated from the routes' zod schemas (lib/openapi). Public: it holds no data, and a credential changes nothing. */
export function GET(request: Request): Response {
  return refuseQueryParams(request) ?? Response.json((document ??= buildOpenApiDocument()), { headers: { "Cache-Control": "no-cache" } });
}
