import type { ReactNode } from "react";

/** Command output, framed like a terminal window. Wraps a fenced code block. */
export function Terminal({ title = "Terminal", children }: { title?: string; children: ReactNode }) {
  return (
    <figure className="not-prose my-5 overflow-hidden rounded-lg border border-zinc-800 bg-zinc-950 text-zinc-100" data-terminal>
      <figcaption className="flex items-center gap-2 border-b border-zinc-800 px-3 py-1.5 text-xs text-zinc-400">
        <span aria-hidden className="flex gap-1">
          <span className="h-2.5 w-2.5 rounded-full bg-rose-500/80" />
          <span className="h-2.5 w-2.5 rounded-full bg-amber-400/80" />
          <span className="h-2.5 w-2.5 rounded-full bg-emerald-500/80" />
        </span>
        {title}
      </figcaption>
      <div className="[&_figure]:my-0 [&_figure]:rounded-none [&_figure]:border-0">{children}</div>
    </figure>
  );
}
