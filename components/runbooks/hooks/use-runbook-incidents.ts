"use client";

import { useQuery } from "@tanstack/react-query";
import type { RunbookIncidentSummary } from "@/lib/incidents/get-runbook-incident-summary";

export function useRunbookIncidents(slug: string) {
  return useQuery({
    queryKey: ["runbook-incidents", slug],
    queryFn: async (): Promise<RunbookIncidentSummary> => {
      const response = await fetch(`/api/runbooks/${encodeURIComponent(slug)}/incidents`);
      if (!response.ok) throw new Error(`Loading incidents failed (HTTP ${response.status})`);
      return response.json();
    },
  });
}
