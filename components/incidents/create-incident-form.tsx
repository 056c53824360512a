"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import type { IncidentCreateInput } from "@/lib/incidents/incident-schemas";
import { FormSkeleton } from "./form-skeleton";
import { IncidentForm } from "./incident-form";
import { useCreateIncident } from "./hooks/use-create-incident";
import { useMounted } from "./hooks/use-mounted";
import { useRememberedName } from "./hooks/use-remembered-name";
import { toDatetimeLocal } from "./lib/datetime";
import { emptyFormValues } from "./lib/form-values";
import { createIncidentResolver } from "./lib/resolvers";
import type { RunbookOption } from "./lib/runbook-options";

/** "Log an incident": started at defaults to now on the user's clock, reporter to the last one used here. */
export function CreateIncidentForm({ runbookOptions, initialRunbooks }: { runbookOptions: RunbookOption[]; initialRunbooks: string[] }) {
  const mounted = useMounted();
  return mounted ? <LiveForm runbookOptions={runbookOptions} initialRunbooks={initialRunbooks} /> : <FormSkeleton />;
}

function LiveForm({ runbookOptions, initialRunbooks }: { runbookOptions: RunbookOption[]; initialRunbooks: string[] }) {
  const router = useRouter();
  const create = useCreateIncident();
  const [name, remember] = useRememberedName();
  const [defaultValues] = useState(() => ({ ...emptyFormValues(initialRunbooks), reporter: name, startedAt: toDatetimeLocal(new Date()) }));

  async function onSubmit(values: IncidentCreateInput) {
    const incident = await create.mutateAsync(values);
    remember(values.reporter);
    toast.success(`Incident #${incident.id} logged`, { description: incident.title });
    router.push(`/incidents/${incident.id}`);
  }

  return (
    <IncidentForm
      defaultValues={defaultValues}
      resolver={createIncidentResolver}
      runbookOptions={runbookOptions}
      onSubmit={onSubmit}
      submitLabel="Log incident"
      cancelHref="/incidents"
      locked={create.isSuccess}
    />
  );
}
