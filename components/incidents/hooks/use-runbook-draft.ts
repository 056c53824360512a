"use client";

import { useQuery } from "@tanstack/react-query";
import type { RunbookDraft } from "@/lib/runbooks/build-runbook-draft";
import { apiFetch } from "../lib/api-client";
import { incidentKeys } from "../lib/query-keys";

/** A runbook draft from one incident (or several, merged); fetched only once `enabled` (the panel is open). */
export function useRunbookDraft(incidentIds: readonly number[], enabled: boolean) {
  const path = incidentIds.length === 1 ? `/api/incidents/${incidentIds[0]}/runbook-draft` : `/api/runbook-drafts?${incidentIds.map((id) => `incident=${id}`).join("&")}`;
  return useQuery({
    queryKey: incidentKeys.runbookDraft(incidentIds),
    queryFn: ({ signal }) => apiFetch<RunbookDraft>(path, { signal }),
    enabled,
  });
}
