import "server-only";
import { listApiPath } from "@/components/incidents/lib/list-state";
import type { InitialListPage } from "@/components/incidents/lib/initial-list-page";
import { parseListState } from "@/components/incidents/lib/parse-list-state";
import { searchParamsToRecord } from "@/lib/http/search-params";
import { incidentListQuerySchema } from "@/lib/incidents/incident-list-query-schema";
import { listIncidents } from "@/lib/incidents/list-incidents";

/**
 * The page of incidents the browser would fetch first, loaded while rendering so the rows come
 * with the HTML. It is the same request: the URL goes through the list state to the same API path,
 * whose query the API's schema parses. null when that query is refused: the browser then asks the
 * API and shows its error message, as before.
 */
export async function loadFirstListPage(searchParams: Record<string, string | string[] | undefined>): Promise<InitialListPage | null> {
  const url = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) for (const v of [value ?? []].flat()) url.append(key, v);
  const path = listApiPath(parseListState(url));
  const query = incidentListQuerySchema.safeParse(searchParamsToRecord(new URL(path, "http://triage.invalid").searchParams));
  if (!query.success) return null;
  return { path, data: await listIncidents(query.data), fetchedAt: Date.now() };
}
