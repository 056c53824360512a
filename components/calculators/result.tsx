import type { ReactNode } from "react";

/** One headline number of a result. `testId` lets the e2e tests find it without depending on layout. */
export function Stat({ label, value, detail, testId }: { label: string; value: ReactNode; detail?: ReactNode; testId?: string }) {
  return (
    <div className="rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2 dark:border-zinc-800 dark:bg-zinc-900">
      <dt className="text-xs text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="mt-0.5 text-lg font-semibold tabular-nums text-zinc-900 dark:text-zinc-100" data-testid={testId}>
        {value}
      </dd>
      {detail ? <dd className="text-xs text-zinc-500 dark:text-zinc-400">{detail}</dd> : null}
    </div>
  );
}

export function StatGrid({ children, label }: { children: ReactNode; label: string }) {
  return (
    <dl aria-label={label} className="grid grid-cols-2 gap-2 sm:grid-cols-3">
      {children}
    </dl>
  );
}

/**
 * The result area. Only the one-line `summary` is a live region, so a screen reader hears the new
 * headline as the inputs change without re-reading the tables.
 */
export function ResultArea({ ok, summary, children, label = "Result" }: { ok: boolean; summary: string; children: ReactNode; label?: string }) {
  return (
    <section aria-label={label} className="space-y-5">
      <p aria-live="polite" className="sr-only">
        {ok ? summary : "No result: fix the highlighted field."}
      </p>
      {ok ? (
        children
      ) : (
        <p className="rounded-md border border-dashed border-zinc-300 px-3 py-4 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400" data-testid="no-result">
          Fix the highlighted field to see the result.
        </p>
      )}
    </section>
  );
}

export function Note({ children }: { children: ReactNode }) {
  return <p className="text-xs leading-relaxed text-zinc-600 dark:text-zinc-400">{children}</p>;
}

/** Formula, steps and config: shown in full on the calculator page, folded in a runbook embed. */
export function Extra({ embed, children }: { embed: boolean; children: ReactNode }) {
  if (!embed) return <>{children}</>;
  return (
    <details className="group rounded-md border border-zinc-200 px-3 py-2 dark:border-zinc-800">
      <summary className="cursor-pointer text-sm font-medium text-sky-700 dark:text-sky-400">Formula, steps and config to apply</summary>
      <div className="mt-3 space-y-5">{children}</div>
    </details>
  );
}
