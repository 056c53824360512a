import "server-only";
import type { RequestContext } from "@/lib/auth/actor";
import { listApiPath } from "@/components/incidents/lib/list-state";
import type { InitialListPage } from "@/components/incidents/lib/initial-list-page";
import { parseListState } from "@/components/incidents/lib/parse-list-state";
import { searchParamsToRecord } from "@/lib/http/search-params";
import { FieldValidationError } from "@/lib/incidents/errors";
import { incidentListQuerySchema } from "@/lib/incidents/incident-list-query-schema";
import { listIncidents } from "@/lib/incidents/list-incidents";

/**
 * The page of incidents the browser would fetch first, loaded while rendering so the rows come
 * with the HTML. It is the same request: the URL goes through the list state to the same API path,
 * whose query the API's schema parses. null when that query is refused, by the schema or by the
 * domain (a tampered or foreign cursor): the browser then asks the API and shows its 400 message,
 * instead of the page failing with a 500.
 */
export async function loadFirstListPage(ctx: RequestContext, searchParams: Record<string, string | string[] | undefined>): Promise<InitialListPage | null> {
  const url = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) for (const v of [value ?? []].flat()) url.append(key, v);
  const path = listApiPath(parseListState(url));
  const query = incidentListQuerySchema.safeParse(searchParamsToRecord(new URL(path, "http://triage.invalid").searchParams));
  if (!query.success) return null;
  try {
    return { path, data: await listIncidents(ctx, query.data), fetchedAt: Date.now() };
  } catch (error) {
    if (error instanceof FieldValidationError) return null;
    throw error;
  }
}
