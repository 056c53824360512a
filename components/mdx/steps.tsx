import type { ReactNode } from "react";

/** Wraps a Markdown ordered list and turns it into numbered steps (styling only: CSS counters). */
export function Steps({ children }: { children: ReactNode }) {
  return (
    <div className="runbook-steps my-5 border-l-2 border-zinc-200 pl-5 dark:border-zinc-800 [&_ol]:list-none [&_ol]:pl-0 [&_ol>li]:relative [&_ol>li]:pl-2 [&_ol>li]:[counter-increment:step] [&_ol]:[counter-reset:step] [&_ol>li]:before:absolute [&_ol>li]:before:-left-9 [&_ol>li]:before:flex [&_ol>li]:before:h-6 [&_ol>li]:before:w-6 [&_ol>li]:before:items-center [&_ol>li]:before:justify-center [&_ol>li]:before:rounded-full [&_ol>li]:before:bg-zinc-900 [&_ol>li]:before:text-xs [&_ol>li]:before:font-semibold [&_ol>li]:before:text-white [&_ol>li]:before:content-[counter(step)] dark:[&_ol>li]:before:bg-zinc-100 dark:[&_ol>li]:before:text-zinc-900">
      {children}
    </div>
  );
}
