"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { IncidentDetailDto } from "@/lib/incidents/incident-dto";
import type { IncidentUpdateInput } from "@/lib/incidents/incident-schemas";
import { updateIncidentAction } from "@/app/(ops)/incidents/actions";
import { unwrapAction } from "../lib/api-client";
import { applyPatch } from "../lib/optimistic";
import { ownWritesTo } from "../lib/own-writes";
import { incidentKeys } from "../lib/query-keys";

/** Every change from the browser says which version the user saw: a change made on a stale page is refused (409), not applied over a teammate's. */
export type IncidentChange = IncidentUpdateInput & { version: number };

/**
 * Updates an incident (server action, same rules as PATCH /api/incidents/{id}). The cached incident changes at once (applyPatch) and
 * goes back to the snapshot if the server refuses; callers show the message.
 *
 * Changes to one incident run one after another (the mutation scope), so a second click waits for the first's answer;
 * the version sent follows this tab's own writes (OwnWrites), so quick successive changes do not conflict with each other.
 */
export function useUpdateIncident(id: number) {
  const queryClient = useQueryClient();
  const key = incidentKeys.detail(id);
  return useMutation({
    scope: { id: `incident-${id}` },
    mutationFn: async (change: IncidentChange) => {
      const writes = ownWritesTo(id);
      const version = writes.expected(change.version);
      const incident = await unwrapAction(updateIncidentAction(id, { ...change, version }));
      writes.record(version, incident.version);
      return incident;
    },
    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<IncidentDetailDto>(key);
      if (previous) queryClient.setQueryData<IncidentDetailDto>(key, applyPatch(previous, change));
      return { previous };
    },
    onError: (_error, _change, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (incident) => queryClient.setQueryData<IncidentDetailDto>(key, (old) => (old ? { ...old, ...incident } : old)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: incidentKeys.all }),
  });
}
