"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { toast } from "sonner";
import type { IncidentDetailDto } from "@/lib/incidents/incident-dto";
import type { IncidentUpdateInput } from "@/lib/incidents/incident-schemas";
import { Alert } from "@/components/ui/alert";
import { FormSkeleton } from "./form-skeleton";
import { IncidentForm } from "./incident-form";
import { useIncident } from "./hooks/use-incident";
import { useMounted } from "@/components/ui/use-mounted";
import { useTimelineAuthor } from "./hooks/use-timeline-author";
import { useUpdateIncident } from "./hooks/use-update-incident";
import { FIELD_LABEL, formValuesFromIncident, pickChanged, rebaseFormValues, toUpdateInput, type IncidentFormValues, type RebasedForm } from "./lib/form-values";
import { updateIncidentResolver } from "./lib/resolvers";
import type { RunbookOption } from "./lib/runbook-options";

/**
 * Edit every field. Only changed fields are sent, with the version the form was
 * opened at: if someone else saved in between, the server answers 409 and the
 * form offers to reload instead of overwriting their change. Reloading keeps
 * what the user typed, on top of the version now stored.
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
  const [rebased, setRebased] = useState<RebasedForm | null>(null);
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

  async function reload(typed: IncidentFormValues) {
    const { data, error } = await refetch();
    if (!data) {
      toast.error("Could not reload the incident", { description: error?.message });
      return;
    }
    setRebased(rebaseFormValues(typed, formValuesFromIncident(opened), formValuesFromIncident(data)));
    setOpened(data);
  }

  return (
    <IncidentForm
      key={opened.version}
      defaultValues={rebased?.values ?? formValuesFromIncident(opened)}
      notice={rebased ? <ReloadedNotice rebased={rebased} /> : undefined}
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

const fieldList = (names: readonly (keyof typeof FIELD_LABEL)[]) => names.map((name) => FIELD_LABEL[name]).join(", ");

/** After a reload: what is now shown, and which of the user's edits were kept (and which collide with the other change). */
function ReloadedNotice({ rebased }: { rebased: RebasedForm }): ReactNode {
  const { kept, overlapping } = rebased;
  return (
    <Alert tone="info" title="Reloaded: this is the version saved by someone else">
      {kept.length === 0 ? "You had not changed anything yet. " : `Your changes are kept on top of it (${fieldList(kept)}); save to apply them. `}
      {overlapping.length > 0 ? `They changed ${fieldList(overlapping)} too: check that your value is still right.` : null}
    </Alert>
  );
}
