"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { IncidentDetailDto } from "@/lib/incidents/incident-dto";
import type { IncidentUpdateInput } from "@/lib/incidents/incident-schemas";
import { updateIncidentAction } from "@/app/(ops)/incidents/actions";
import { unwrapAction } from "../lib/api-client";
import { applyPatch } from "../lib/optimistic";
import { incidentKeys } from "../lib/query-keys";

/**
 * Updates an incident (server action, same rules as PATCH /api/incidents/{id}). The cached incident changes at once (applyPatch) and
 * goes back to the snapshot if the server refuses; callers show the message.
 */
export function useUpdateIncident(id: number) {
  const queryClient = useQueryClient();
  const key = incidentKeys.detail(id);
  return useMutation({
    mutationFn: (patch: IncidentUpdateInput) => unwrapAction(updateIncidentAction(id, patch)),
    onMutate: async (patch) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<IncidentDetailDto>(key);
      if (previous) queryClient.setQueryData<IncidentDetailDto>(key, applyPatch(previous, patch));
      return { previous };
    },
    onError: (_error, _patch, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    // The answer carries the new version, so the next edit does not conflict with our own write.
    onSuccess: (incident) => queryClient.setQueryData<IncidentDetailDto>(key, (old) => (old ? { ...old, ...incident } : old)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: incidentKeys.all }),
  });
}
