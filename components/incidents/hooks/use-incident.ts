"use client";

import { useQuery } from "@tanstack/react-query";
import type { IncidentDetailDto } from "@/lib/incidents/incident-dto";
import { apiFetch } from "../lib/api-client";
import { incidentKeys } from "../lib/query-keys";

/** One incident with its timeline, starting from what the server rendered (no second request on load). */
export function useIncident(initial: IncidentDetailDto) {
  return useQuery({
    queryKey: incidentKeys.detail(initial.id),
    queryFn: ({ signal }) => apiFetch<IncidentDetailDto>(`/api/incidents/${initial.id}`, { signal }),
    initialData: initial,
  });
}
