"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import type { IncidentDetailDto } from "@/lib/incidents/incident-dto";
import type { IncidentUpdateInput } from "@/lib/incidents/incident-schemas";
import { FormSkeleton } from "./form-skeleton";
import { IncidentForm } from "./incident-form";
import { useIncident } from "./hooks/use-incident";
import { useMounted } from "@/components/ui/use-mounted";
import { useTimelineAuthor } from "./hooks/use-timeline-author";
import { useUpdateIncident } from "./hooks/use-update-incident";
import { formValuesFromIncident, pickChanged, toUpdateInput } from "./lib/form-values";
import { updateIncidentResolver } from "./lib/resolvers";
import type { RunbookOption } from "./lib/runbook-options";

/**
 * Edit every field. Only changed fields are sent, with the version the form was
 * opened at: if someone else saved in between, the server answers 409 and the
 * form offers to reload instead of overwriting their change.
 */
export function EditIncidentForm({ incident, runbookOptions }: { incident: IncidentDetailDto; runbookOptions: RunbookOption[] }) {
  // Times are shown on the user's clock, which the server render does not know.
  return useMounted() ? <LiveForm initial={incident} runbookOptions={runbookOptions} /> : <FormSkeleton />;
}

function LiveForm({ initial, runbookOptions }: { initial: IncidentDetailDto; runbookOptions: RunbookOption[] }) {
  const router = useRouter();
  const { refetch } = useIncident(initial);
  const update = useUpdateIncident(initial.id);
  const author = useTimelineAuthor();
  const [opened, setOpened] = useState(initial);
  const href = `/incidents/${initial.id}`;

  async function onSubmit(values: IncidentUpdateInput) {
    const patch = pickChanged(values, toUpdateInput(formValuesFromIncident(opened)));
    if (Object.keys(patch).length === 0) {
      toast.info("Nothing changed");
      router.push(href);
      return;
    }
    await update.mutateAsync({ ...patch, version: opened.version, ...author });
    toast.success("Incident saved");
    router.push(href);
  }

  async function reload() {
    const { data, error } = await refetch();
    if (data) setOpened(data);
    else toast.error("Could not reload the incident", { description: error?.message });
  }

  return (
    <IncidentForm
      key={opened.version}
      defaultValues={formValuesFromIncident(opened)}
      resolver={updateIncidentResolver}
      runbookOptions={runbookOptions}
      onSubmit={onSubmit}
      submitLabel="Save changes"
      cancelHref={href}
      locked={update.isSuccess}
      onReload={reload}
      reporter={author.author === undefined ? { kind: "known", name: opened.reporter } : { kind: "typed" }}
    />
  );
}
