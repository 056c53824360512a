"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { IncidentListDto } from "@/lib/incidents/incident-dto";
import { apiFetch } from "../lib/api-client";
import { initialDataFor, type InitialListPage } from "../lib/initial-list-page";
import { listApiPath, type ListState } from "../lib/list-state";
import { incidentKeys } from "../lib/query-keys";

/**
 * One page of the incident list. The page for the URL comes from the server (`initial`), so there
 * is no fetch or skeleton on load or after a filter change; without it (the server refused the
 * query) the API is asked, and its error shown. While another page loads, the previous rows stay.
 */
export function useIncidents(state: ListState, initial?: InitialListPage | null) {
  const path = listApiPath(state);
  const preloaded = initialDataFor(initial, path);
  return useQuery({
    queryKey: incidentKeys.list(path),
    queryFn: ({ signal }) => apiFetch<IncidentListDto>(path, { signal }),
    placeholderData: keepPreviousData,
    initialData: preloaded?.data,
    initialDataUpdatedAt: preloaded?.fetchedAt,
  });
}
