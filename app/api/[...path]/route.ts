import { errorResponse } from "@/lib/http/api-route";
import { NotFoundError } from "@/lib/incidents/errors";
import { truncateText } from "@/lib/incidents/incident-limits";

export const dynamic = "force-dynamic";

/**
 * Any /api path that no route serves, with any method: the API's JSON 404 with a pointer to the
 * list of endpoints. Without it Next answered with the HTML "Page not found" page, which an API
 * client cannot read and which the API's Content-Security-Policy (default-src 'none') leaves
 * unstyled and without its scripts. Next matches this catch-all last, after every specific route.
 */
function unknownEndpoint(request: Request): Response {
  const path = truncateText(new URL(request.url).pathname, 200);
  return errorResponse(request, new NotFoundError(`No API endpoint at ${path}: /api/openapi.json lists them and /api describes them`));
}

export { unknownEndpoint as DELETE, unknownEndpoint as GET, unknownEndpoint as OPTIONS, unknownEndpoint as PATCH, unknownEndpoint as POST, unknownEndpoint as PUT };
