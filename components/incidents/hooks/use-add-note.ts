"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { IncidentDetailDto } from "@/lib/incidents/incident-dto";
import type { IncidentEventCreateInput } from "@/lib/incidents/incident-event-schemas";
import { addIncidentNoteAction } from "@/app/(ops)/incidents/actions";
import { unwrapAction } from "../lib/api-client";
import { pendingNote } from "../lib/optimistic";
import { incidentKeys } from "../lib/query-keys";

/**
 * Adds a note (server action, same rules as POST /api/incidents/{id}/events): the note shows in the timeline at once
 * (by `signedInAs`, or the typed name) and disappears again if the server refuses it.
 */
export function useAddNote(id: number, signedInAs?: string) {
  const queryClient = useQueryClient();
  const key = incidentKeys.detail(id);
  return useMutation({
    mutationFn: (note: IncidentEventCreateInput) => unwrapAction(addIncidentNoteAction(id, note)),
    onMutate: async (note) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<IncidentDetailDto>(key);
      if (previous) queryClient.setQueryData<IncidentDetailDto>(key, { ...previous, events: [...previous.events, pendingNote(signedInAs ?? note.author ?? "", note.message)] });
      return { previous };
    },
    onError: (_error, _note, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: incidentKeys.all }),
  });
}
