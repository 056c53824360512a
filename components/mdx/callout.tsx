import type { ReactNode } from "react";

const STYLES = {
  info: { box: "border-sky-300 bg-sky-50 dark:border-sky-800 dark:bg-sky-950/40", label: "Note" },
  warning: { box: "border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/40", label: "Warning" },
  danger: { box: "border-rose-300 bg-rose-50 dark:border-rose-800 dark:bg-rose-950/40", label: "Danger" },
} as const;

export type CalloutType = keyof typeof STYLES;

export function Callout({ type = "info", title, children }: { type?: CalloutType; title?: string; children: ReactNode }) {
  const style = STYLES[type] ?? STYLES.info;
  return (
    <aside role="note" aria-label={title ?? style.label} className={`not-prose my-5 rounded-lg border-l-4 p-4 text-sm ${style.box}`}>
      <p className="mb-1 font-semibold">{title ?? style.label}</p>
      <div className="prose prose-sm prose-zinc max-w-none dark:prose-invert [&>*:first-child]:mt-0 [&>*:last-child]:mb-0">{children}</div>
    </aside>
  );
}
