"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/components/incidents/lib/api-client";
import { incidentKeys } from "@/components/incidents/lib/query-keys";
import type { RunbookIncidentSummary } from "@/lib/incidents/get-runbook-incident-summary";

/** The incidents linked to a runbook; `enabled: false` for viewers who may not read incidents (the API would refuse them). */
export function useRunbookIncidents(slug: string, { enabled }: { enabled: boolean }) {
  return useQuery({
    queryKey: incidentKeys.runbookSummary(slug),
    queryFn: ({ signal }) => apiFetch<RunbookIncidentSummary>(`/api/runbooks/${encodeURIComponent(slug)}/incidents`, { signal }),
    enabled,
  });
}
