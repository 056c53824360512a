"use client";

import { Controller, type UseFormReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { FormRunbookSuggestions } from "./form-runbook-suggestions";
import { MarkdownField } from "./markdown-field";
import { RunbookPicker } from "./runbook-picker";
import { FIELD_LABEL, SECTION_FIELDS, type IncidentFormValues } from "./lib/form-values";
import type { RunbookOption } from "./lib/runbook-options";



/** The four runbook-style sections (Markdown with preview) and the linked runbooks. */
export function IncidentFormSections<Output>({ form, runbookOptions }: { form: UseFormReturn<IncidentFormValues, unknown, Output>; runbookOptions: RunbookOption[] }) {
  const { control } = form;
  return (
    <>
      <fieldset className="grid gap-4">
        <legend className="mb-2 text-base font-semibold">What happened</legend>
        {SECTION_FIELDS.map((section) => (
          <Controller
            key={section.name}
            control={control}
            name={section.name}
            render={({ field, fieldState }) => (
              <Field id={section.name} label={section.label} hint={`${section.hint} Markdown.`} error={fieldState.error?.message}>
                {(aria) => (
                  <MarkdownField {...aria} ref={field.ref} name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} rows={4} />
                )}
              </Field>
            )}
          />
        ))}
      </fieldset>
      <FormRunbookSuggestions form={form} />
      <Controller
        control={control}
        name="runbooks"
        render={({ field, fieldState }) => (
          <Field id="runbooks" label={FIELD_LABEL.runbooks} hint="Type a title, symptom or error to search; Enter adds, × removes." error={fieldState.error?.message}>
            {(aria) => (
              <RunbookPicker {...aria} inputRef={field.ref} options={runbookOptions} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />
            )}
          </Field>
        )}
      />
    </>
  );
}
