import "server-only";
import { authorize, type RequestContext } from "@/lib/auth/actor";
import type { IncidentListDto } from "./incident-dto";
import { toIncidentDto } from "./incident-dto";
import { LIST_LIMIT_DEFAULT, LIST_LIMIT_MAX, type IncidentListQuery } from "./incident-schemas";
import { cursorAfter, queryIncidents } from "./query-incidents";

/**
 * A page of the incident list. Takes the output of incidentListQuerySchema
 * (the API parses the URL with it); server components may pass just the
 * parts they need, e.g. `listIncidents(ctx, { limit: 50 })`.
 */
export async function listIncidents(ctx: RequestContext, query: Partial<IncidentListQuery> = {}): Promise<IncidentListDto> {
  authorize(ctx, "incidents:read");
  const sort = query.sort ?? "startedAt";
  const order = query.order ?? "desc";
  const limit = Math.min(Math.max(Math.trunc(query.limit ?? LIST_LIMIT_DEFAULT), 1), LIST_LIMIT_MAX);
  // One extra row tells whether there is a next page without a count query.
  const rows = await queryIncidents({ filters: query, sort, order, cursor: query.cursor, take: limit + 1 });
  const page = rows.slice(0, limit);
  return {
    items: page.map(toIncidentDto),
    nextCursor: rows.length > limit ? cursorAfter(page[page.length - 1], sort, order) : null,
  };
}
