import { BETTER_AUTH_ROUTES } from "@/lib/auth/better-auth-routes";
import { apiMethodTable } from "./api-methods";

/**
 * The methods each API route file exports, by OpenAPI path template. A plain list rather than one
 * derived from lib/openapi: the server in front of Next (scripts/serve.ts) reads it, and the OpenAPI
 * operations import schemas from server-only domain modules, which that process cannot load.
 * tests/unit/openapi-coverage.test.ts keeps it equal to the route files' exports.
 */
export const API_ROUTE_METHODS: Record<string, readonly string[]> = {
  "/api/incidents": ["GET", "POST"],
  "/api/incidents/export": ["GET"],
  "/api/incidents/{id}": ["GET", "PATCH"],
  "/api/incidents/{id}/events": ["POST"],
  "/api/incidents/{id}/postmortem": ["GET"],
  "/api/incidents/{id}/runbook-draft": ["GET"],
  "/api/runbook-drafts": ["GET"],
  "/api/runbooks": ["GET"],
  "/api/runbooks/{slug}/incidents": ["GET"],
  "/api/search": ["GET", "POST"],
  "/api/alerts/alertmanager": ["POST"],
  "/api/me": ["GET"],
  "/api/auth/break-glass": ["POST"],
  "/api/health": ["GET"],
  "/api/health/live": ["GET"],
  "/api/health/ready": ["GET"],
  "/api/openapi.json": ["GET"],
};

/** The table the edge checks methods against (lib/http/edge-guard.ts): the routes above and the Better Auth endpoints Triage serves. */
export const API_METHOD_TABLE = apiMethodTable([
  ...Object.entries(API_ROUTE_METHODS).flatMap(([path, methods]) => methods.map((method) => ({ method, path }))),
  ...BETTER_AUTH_ROUTES,
]);
