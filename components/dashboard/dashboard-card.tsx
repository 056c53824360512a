import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { WhenAllowed } from "@/components/shell/viewer-context";

/** One widget: a titled region (reachable by its heading), an optional note under the title, and its content. */
export function DashboardCard({ id, title, note, action, className = "", children }: { id: string; title: string; note?: ReactNode; action?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} data-testid={id} className={`min-w-0 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800 ${className}`}>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h2 id={`${id}-title`} className="text-base font-semibold">
            {title}
          </h2>
          {note ? <p className="text-xs text-zinc-600 dark:text-zinc-400">{note}</p> : null}
        </div>
        {action}
      </div>
      {children}
    </section>
  );
}

/** What a widget shows when there is nothing to count yet: what will appear, and a way to start (for those who may log one). */
export function EmptyState({ children, logLink = true }: { children: ReactNode; logLink?: boolean }) {
  return (
    <div className="rounded-md border border-dashed border-zinc-300 p-4 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
      <p>{children}</p>
      {logLink ? (
        <WhenAllowed permission="incidents:write">
          <Link href="/incidents/new" className="mt-2 inline-block font-medium text-sky-700 hover:underline dark:text-sky-400">
            Log an incident
          </Link>
        </WhenAllowed>
      ) : null}
    </div>
  );
}
