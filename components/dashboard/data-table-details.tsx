import type { ReactNode } from "react";

/** A chart's figures as a table, folded under a summary: the chart's accessible alternative (and the numbers to click). */
export function DataTableDetails({ summary, caption, children }: { summary: string; caption: string; children: ReactNode }) {
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer text-zinc-700 dark:text-zinc-300">{summary}</summary>
      <div className="relative mt-2 overflow-x-auto">
        <table className="w-full text-right tabular-nums">
          <caption className="sr-only">{caption}</caption>
          {children}
        </table>
      </div>
    </details>
  );
}
