"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { IncidentCreateInput } from "@/lib/incidents/incident-schemas";
import { createIncidentAction } from "@/app/(ops)/incidents/actions";
import { unwrapAction } from "../lib/api-client";
import { incidentKeys } from "../lib/query-keys";

export function useCreateIncident() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IncidentCreateInput) => unwrapAction(createIncidentAction(body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: incidentKeys.all }),
  });
}
