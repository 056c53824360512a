"use client";

import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { IncidentEventCreateInput } from "@/lib/incidents/incident-event-schemas";
import { useViewer } from "@/components/shell/viewer-context";
import { useAddNote } from "./hooks/use-add-note";
import { useRememberedName } from "./hooks/use-remembered-name";
import { ApiError, errorMessage } from "./lib/api-client";
import { anonymousNoteResolver, noteResolver, preloadFormSchemas } from "./lib/resolvers";

/**
 * A note for the timeline. It shows at once; if the server refuses it, it goes away and the text stays here.
 * Signed-in people are the author; anonymous visitors (sign-in off) type a name, which is not verified.
 */
export function AddNoteForm({ incidentId }: { incidentId: number }) {
  const viewer = useViewer();
  const anonymous = viewer.kind === "anonymous";
  const addNote = useAddNote(incidentId, anonymous ? undefined : viewer.name);
  const [name, remember] = useRememberedName();
  const form = useForm<IncidentEventCreateInput>({
    resolver: anonymous ? anonymousNoteResolver : noteResolver,
    mode: "onTouched",
    // A known viewer's form has no author field: an "" there would fail the schema with no field to show it at.
    defaultValues: anonymous ? { author: "", message: "" } : { message: "" },
  });

  // The remembered name is only known in the browser (after hydration); fill it in unless someone typed one.
  useEffect(() => {
    if (anonymous && name && !form.getValues("author")) form.setValue("author", name);
  }, [anonymous, name, form]);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (note) => {
    try {
      await addNote.mutateAsync(anonymous ? note : { message: note.message });
      if (note.author) remember(note.author);
      form.reset({ author: note.author, message: "" });
      toast.success("Note added");
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : {};
      if (fields.message) form.setError("message", { type: "server", message: fields.message }, { shouldFocus: true });
      if (fields.author) form.setError("author", { type: "server", message: fields.author });
      if (!fields.message && !fields.author) toast.error("The note was not saved", { description: errorMessage(error) });
    }
  });

  return (
    <form onSubmit={submit} onFocus={preloadFormSchemas} noValidate aria-labelledby="add-note-heading" className="grid gap-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <h2 id="add-note-heading" className="text-base font-semibold">
        Add a note
      </h2>
      <Field id="note-message" label="Note" error={errors.message?.message}>
        {(aria) => <Textarea {...aria} {...form.register("message")} rows={3} placeholder="What you tried, what you saw." />}
      </Field>
      <div className="flex flex-wrap items-end gap-3">
        {anonymous ? (
          <Field id="note-author" label="Author" hint="Your name. Not verified: sign-in is off." error={errors.author?.message} className="min-w-48 flex-1">
            {(aria) => <Input {...aria} {...form.register("author")} autoComplete="name" />}
          </Field>
        ) : (
          <p className="min-w-48 flex-1 text-sm text-zinc-600 dark:text-zinc-400">As {viewer.name}</p>
        )}
        <Button type="submit" variant="primary" pending={isSubmitting}>
          Add note
        </Button>
      </div>
    </form>
  );
}
