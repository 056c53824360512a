"use client";

import { Link } from "@/components/ui/link";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { IncidentFormFields, type ReporterMode } from "./incident-form-fields";
import { IncidentFormSections } from "./incident-form-sections";
import { HydrationFieldset } from "./hydration-fieldset";
import { ApiError, errorMessage } from "./lib/api-client";
import { preloadFormSchemas } from "./lib/resolvers";
import type { IncidentFieldName, IncidentFormValues } from "./lib/form-values";
import type { RunbookOption } from "./lib/runbook-options";

/** The fields whose default only the browser knows: its clock, a name remembered in localStorage. */
const BROWSER_FIELDS = ["startedAt", "reporter"] as const;
type BrowserDefaults = Partial<Pick<IncidentFormValues, (typeof BROWSER_FIELDS)[number]>>;

type ServerProblem = { kind: "conflict" | "error"; message: string };

/**
 * The incident form, shared by "Log an incident" and "Edit". Validation is the
 * shared zod schema (via `resolver`), shown per field once touched and on submit.
 * `onSubmit` throws ApiError: its `fields` land next to the inputs (typed input
 * is kept), anything else becomes the alert at the top.
 */
export function IncidentForm<Output>({
  defaultValues,
  resolver,
  runbookOptions,
  onSubmit,
  submitLabel,
  cancelHref,
  locked = false,
  onReload,
  notice,
  reporter,
  browserDefaults,
}: {
  defaultValues: IncidentFormValues;
  resolver: Resolver<IncidentFormValues, unknown, Output>;
  runbookOptions: RunbookOption[];
  onSubmit: (values: Output) => Promise<void>;
  submitLabel: string;
  cancelHref: string;
  /** True after a successful save while the next page loads: no second submit. */
  locked?: boolean;
  /** For a 409: fetch the incident again and carry over what the user typed (`typed`). */
  onReload?: (typed: IncidentFormValues) => void;
  notice?: ReactNode;
  reporter: ReporterMode;
  /**
   * Values only the browser knows (its clock, a name remembered in localStorage). The form is
   * rendered on the server without them and disabled until hydration has filled them in, so
   * nothing typed before then is lost and the form cannot be submitted natively (a GET with
   * every field in the URL) before its script runs.
   */
  browserDefaults?: () => BrowserDefaults;
}) {
  const form = useForm<IncidentFormValues, unknown, Output>({ defaultValues, resolver, mode: "onTouched" });
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const { isSubmitting } = form.formState;
  const reloadButton = useRef<HTMLButtonElement>(null);
  const fillBrowserDefaults = browserDefaults
    ? () => {
        const values = browserDefaults();
        for (const name of BROWSER_FIELDS) {
          const value = values[name];
          if (value !== undefined) form.setValue(name, value);
        }
      }
    : undefined;

  // A conflict is answered by the Reload button: take the keyboard there (the alert is read out too).
  useEffect(() => {
    if (problem?.kind === "conflict") reloadButton.current?.focus();
  }, [problem]);

  function showServerError(error: unknown) {
    if (error instanceof ApiError && error.code === "conflict") {
      setProblem({ kind: "conflict", message: "This incident changed since you opened it. Reload to see the current version, then make your change again." });
      return;
    }
    // "runbooks.2" (one bad slug) belongs to the runbooks field.
    const fields = error instanceof ApiError ? Object.entries(error.fields).map(([path, message]) => [path.split(".")[0], message] as const) : [];
    const known = fields.filter(([name]) => name in defaultValues);
    known.forEach(([name, message], index) => form.setError(name as IncidentFieldName, { type: "server", message }, { shouldFocus: index === 0 }));
    const unplaced = fields.length > known.length;
    if (known.length === 0 || unplaced) setProblem({ kind: "error", message: errorMessage(error) });
  }

  const submit = form.handleSubmit(async (values) => {
    setProblem(null);
    try {
      await onSubmit(values);
    } catch (error) {
      showServerError(error);
    }
  });

  return (
    <form onSubmit={submit} onFocus={preloadFormSchemas} noValidate className="max-w-3xl" aria-describedby={problem ? "incident-form-problem" : undefined}>
      <HydrationFieldset onHydrated={fillBrowserDefaults}>
        {notice}
        {problem ? (
          <div id="incident-form-problem">
            <Alert
              title={problem.kind === "conflict" ? "This incident changed since you opened it" : "The incident was not saved"}
              action={
                problem.kind === "conflict" && onReload ? (
                  <Button ref={reloadButton} size="sm" onClick={() => onReload(form.getValues())}>
                    Reload
                  </Button>
                ) : undefined
              }
            >
              {problem.message}
            </Alert>
          </div>
        ) : null}
        <IncidentFormFields form={form} reporter={reporter} />
        <IncidentFormSections form={form} runbookOptions={runbookOptions} />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="primary" pending={isSubmitting} disabled={locked}>
            {isSubmitting ? "Saving…" : submitLabel}
          </Button>
          <Link href={cancelHref} className={buttonClass("ghost")}>
            Cancel
          </Link>
        </div>
      </HydrationFieldset>
    </form>
  );
}
