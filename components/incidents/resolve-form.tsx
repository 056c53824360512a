"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { RESULT_REQUIRED_MESSAGE } from "@/lib/incidents/incident-vocabulary";
import { MarkdownField } from "./markdown-field";

/**
 * The result, asked for when someone resolves an incident that has none. Sent
 * together with the status change so it is one step (and one timeline entry pair).
 */
export function ResolveForm({ onResolve, onCancel }: { onResolve: (result: string) => Promise<string | undefined>; onCancel: () => void }) {
  const [result, setResult] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!result.trim()) {
      setError(RESULT_REQUIRED_MESSAGE);
      document.getElementById("resolve-result")?.focus();
      return;
    }
    setPending(true);
    const fieldError = await onResolve(result);
    setPending(false);
    if (fieldError) {
      setError(fieldError);
      document.getElementById("resolve-result")?.focus();
    }
  }

  return (
    <form onSubmit={submit} noValidate className="mt-4 grid gap-3">
      <Field id="resolve-result" label="Result" required hint="What changed and how you know it is fixed. Markdown." error={error}>
        {(aria) => (
          <MarkdownField
            {...aria}
            autoFocus
            value={result}
            rows={4}
            onChange={(e) => {
              setResult(e.target.value);
              if (e.target.value.trim()) setError(undefined);
            }}
          />
        )}
      </Field>
      <div className="flex gap-2">
        <Button type="submit" variant="primary" pending={pending}>
          Resolve with this result
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
