"use client";

import { useQuery } from "@tanstack/react-query";
import type { Postmortem } from "@/lib/incidents/build-postmortem";
import { apiFetch } from "../lib/api-client";
import { incidentKeys } from "../lib/query-keys";

/** The incident's postmortem (Markdown); fetched only once `enabled` (the panel is open). */
export function usePostmortem(incidentId: number, enabled: boolean) {
  return useQuery({
    queryKey: incidentKeys.postmortem(incidentId),
    queryFn: ({ signal }) => apiFetch<Postmortem>(`/api/incidents/${incidentId}/postmortem`, { signal }),
    enabled,
  });
}
