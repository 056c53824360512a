import type { ReactNode } from "react";

const TONE = {
  error: "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100",
  info: "border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950/60 dark:text-sky-100",
} as const;

/** A message box at the top of a form or panel; role="alert" so it is read out when it appears. */
export function Alert({ tone = "error", title, children, action }: { tone?: keyof typeof TONE; title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div role="alert" className={`flex flex-wrap items-start gap-3 rounded-md border p-3 text-sm ${TONE[tone]}`}>
      <div className="min-w-0 flex-1">
        <p className="font-semibold">{title}</p>
        {children ? <div className="mt-1">{children}</div> : null}
      </div>
      {action}
    </div>
  );
}
