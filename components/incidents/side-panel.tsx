import type { ReactNode } from "react";

/** A titled card in the incident page's sidebar (status, details, runbooks). */
export function SidePanel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <h2 id={`${id}-heading`} className="mb-3 text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
        {title}
      </h2>
      {children}
    </section>
  );
}
