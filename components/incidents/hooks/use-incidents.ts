"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { IncidentListDto } from "@/lib/incidents/incident-dto";
import { apiFetch } from "../lib/api-client";
import { listApiPath, type ListState } from "../lib/list-state";
import { incidentKeys } from "../lib/query-keys";

/** One page of the incident list. While the next filter/page loads, the previous rows stay (no flash of skeletons). */
export function useIncidents(state: ListState) {
  const path = listApiPath(state);
  return useQuery({
    queryKey: incidentKeys.list(path),
    queryFn: ({ signal }) => apiFetch<IncidentListDto>(path, { signal }),
    placeholderData: keepPreviousData,
  });
}
