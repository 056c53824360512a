"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import type { IncidentCreateInput } from "@/lib/incidents/incident-schemas";
import { IncidentForm } from "./incident-form";
import { useCreateIncident } from "./hooks/use-create-incident";
import { readRememberedName, rememberName } from "./hooks/use-remembered-name";
import { toDatetimeLocal } from "./lib/datetime";
import { emptyFormValues } from "./lib/form-values";
import { anonymousCreateIncidentResolver, createIncidentResolver } from "./lib/resolvers";
import { useViewer } from "@/components/shell/viewer-context";
import type { RunbookOption } from "./lib/runbook-options";

/** "Log an incident": started at defaults to now on the user's clock; the reporter is the signed-in user, or (sign-in off) the last name used here. */
export function CreateIncidentForm({ runbookOptions, initialRunbooks }: { runbookOptions: RunbookOption[]; initialRunbooks: string[] }) {
  const router = useRouter();
  const create = useCreateIncident();
  const viewer = useViewer();
  const anonymous = viewer.kind === "anonymous";
  const [defaultValues] = useState(() => emptyFormValues(initialRunbooks));

  async function onSubmit(values: IncidentCreateInput) {
    const incident = await create.mutateAsync(values);
    if (values.reporter) rememberName(values.reporter);
    toast.success(`Incident #${incident.id} logged`, { description: incident.title });
    router.push(`/incidents/${incident.id}`);
  }

  return (
    <IncidentForm
      defaultValues={defaultValues}
      resolver={anonymous ? anonymousCreateIncidentResolver : createIncidentResolver}
      reporter={anonymous ? { kind: "typed" } : { kind: "known", name: `${viewer.name} (signed in)` }}
      runbookOptions={runbookOptions}
      onSubmit={onSubmit}
      submitLabel="Log incident"
      cancelHref="/incidents"
      locked={create.isSuccess}
      browserDefaults={() => ({ startedAt: toDatetimeLocal(new Date()), ...(anonymous ? { reporter: readRememberedName() } : {}) })}
    />
  );
}
