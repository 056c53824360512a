"use client";

import { useWatch, type UseFormReturn } from "react-hook-form";
import { useDebouncedValue } from "@/components/search/hooks/use-debounced-value";
import { useSearch } from "@/components/search/hooks/use-search";
import type { IncidentFormValues } from "./lib/form-values";
import { SuggestedRunbookList } from "./suggested-runbook-list";

/** Suggestions start once this much has been typed, and follow the text 400 ms after typing stops. */
const MIN_TEXT = 4;
const DEBOUNCE_MS = 400;

/** While the title and phenomenon are typed or pasted: the runbooks that match, linkable in one click. */
export function FormRunbookSuggestions<Output>({ form }: { form: UseFormReturn<IncidentFormValues, unknown, Output> }) {
  const [title, phenomenon, linked] = useWatch({ control: form.control, name: ["title", "phenomenon", "runbooks"] });
  const text = `${title}\n${phenomenon}`.trim();
  const settled = useDebouncedValue(text.length >= MIN_TEXT ? `${text} ` : "", DEBOUNCE_MS);
  const search = useSearch({ q: settled, type: "runbook", limit: 5 });
  const suggestions = (settled ? (search.data?.results ?? []) : [])
    .filter((r) => r.type === "runbook" && !linked.includes(r.id))
    .slice(0, 3)
    .map((r) => ({ id: r.id, title: r.title, symptom: r.type === "runbook" ? r.symptom : null }));
  return (
    <div aria-live="polite">
      <SuggestedRunbookList
        suggestions={suggestions}
        busy={search.isFetching}
        onLink={(slug) => form.setValue("runbooks", [...form.getValues("runbooks"), slug], { shouldDirty: true, shouldValidate: true })}
      />
    </div>
  );
}
