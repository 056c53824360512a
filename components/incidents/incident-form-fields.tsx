"use client";

import { useWatch, type UseFormReturn } from "react-hook-form";
import { Field, Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { SEVERITIES, STATUSES } from "@/lib/incidents/incident-vocabulary";
import { LocalTimeHint } from "./local-time-hint";
import { FIELD_LABEL, type IncidentFormValues } from "./lib/form-values";
import { SEVERITY_LABEL, STATUS_LABEL } from "./lib/labels";

/** Who the reporter is: typed by an anonymous visitor (sign-in off), or the known viewer (shown, not editable). */
export type ReporterMode = { kind: "typed" } | { kind: "known"; name: string };

/** Title, severity, status, where it happened, who reports it, and when. */
export function IncidentFormFields<Output>({ form, reporter }: { form: UseFormReturn<IncidentFormValues, unknown, Output>; reporter: ReporterMode }) {
  const { register, control, formState } = form;
  const { errors } = formState;
  const status = useWatch({ control, name: "status" });

  return (
    <>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">What and where</legend>
        <Field id="title" label={FIELD_LABEL.title} required error={errors.title?.message} className="sm:col-span-2">
          {(aria) => <Input {...aria} {...register("title")} autoComplete="off" placeholder="etcd: took too long, apiserver 5xx" />}
        </Field>
        <Field id="severity" label={FIELD_LABEL.severity} required error={errors.severity?.message}>
          {(aria) => (
            <Select {...aria} {...register("severity")}>
              <option value="">Choose severity…</option>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {SEVERITY_LABEL[s]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="status" label={FIELD_LABEL.status} required error={errors.status?.message}>
          {(aria) => (
            <Select {...aria} {...register("status")}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABEL[s]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="service" label={FIELD_LABEL.service} required error={errors.service?.message}>
          {(aria) => <Input {...aria} {...register("service")} autoComplete="off" placeholder="kube-apiserver" />}
        </Field>
        <Field id="environment" label={FIELD_LABEL.environment} required error={errors.environment?.message}>
          {(aria) => <Input {...aria} {...register("environment")} autoComplete="off" placeholder="prod-eks-1" />}
        </Field>
        <Field id="host" label={FIELD_LABEL.host} hint="Optional: node or machine name." error={errors.host?.message}>
          {(aria) => <Input {...aria} {...register("host")} autoComplete="off" spellCheck={false} />}
        </Field>
        <Field id="namespace" label={FIELD_LABEL.namespace} hint="Optional: Kubernetes namespace." error={errors.namespace?.message}>
          {(aria) => <Input {...aria} {...register("namespace")} autoComplete="off" spellCheck={false} />}
        </Field>
        {reporter.kind === "typed" ? (
          <Field id="reporter" label={FIELD_LABEL.reporter} required hint="Remembered on this browser. Not verified: sign-in is off, so anyone can type any name." error={errors.reporter?.message}>
            {(aria) => <Input {...aria} {...register("reporter")} autoComplete="name" />}
          </Field>
        ) : (
          <div className="text-sm">
            <p className="font-medium">Reporter</p>
            <p className="mt-2 text-zinc-700 dark:text-zinc-300" data-testid="reporter-as">
              {reporter.name}
            </p>
          </div>
        )}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">When</legend>
        <Field id="startedAt" label={FIELD_LABEL.startedAt} required hint={<LocalTimeHint />} error={errors.startedAt?.message}>
          {(aria) => <Input {...aria} {...register("startedAt")} type="datetime-local" />}
        </Field>
        <Field id="detectedAt" label={FIELD_LABEL.detectedAt} hint="Optional: when someone noticed." error={errors.detectedAt?.message}>
          {(aria) => <Input {...aria} {...register("detectedAt")} type="datetime-local" />}
        </Field>
        {status !== "open" ? (
          <Field id="mitigatedAt" label={FIELD_LABEL.mitigatedAt} hint="Empty: now." error={errors.mitigatedAt?.message}>
            {(aria) => <Input {...aria} {...register("mitigatedAt")} type="datetime-local" />}
          </Field>
        ) : null}
        {status === "resolved" ? (
          <Field id="resolvedAt" label={FIELD_LABEL.resolvedAt} hint="Empty: now." error={errors.resolvedAt?.message}>
            {(aria) => <Input {...aria} {...register("resolvedAt")} type="datetime-local" />}
          </Field>
        ) : null}
      </fieldset>
    </>
  );
}
