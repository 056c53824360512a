"use client";

import { useCopy } from "@/components/ui/use-copy";
import type { ConfigLine } from "@/lib/calculators/types";

function CopyButton({ text, label }: { text: string; label: string }) {
  const { state, copy } = useCopy();
  return (
    <button
      type="button"
      onClick={() => void copy(text)}
      className="rounded border border-zinc-300 px-2 py-0.5 text-xs text-zinc-700 hover:bg-zinc-100 focus:outline-none focus:ring-2 focus:ring-sky-500/40 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800"
      aria-label={`Copy: ${label}`}
    >
      <span aria-live="polite">{state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : "Copy"}</span>
    </button>
  );
}

/** Config lines to apply, each with a copy button. */
export function ConfigBlock({ lines, heading = "Apply" }: { lines: readonly ConfigLine[]; heading?: string }) {
  return (
    <section aria-label={heading}>
      <h3 className="mb-2 text-sm font-semibold text-zinc-800 dark:text-zinc-200">{heading}</h3>
      <ul className="space-y-3">
        {lines.map((line) => (
          <li key={line.label}>
            <div className="mb-1 flex items-center justify-between gap-2">
              <span className="text-xs text-zinc-600 dark:text-zinc-400">{line.label}</span>
              <CopyButton text={line.code} label={line.label} />
            </div>
            <pre tabIndex={0} className="overflow-x-auto rounded-md bg-zinc-900 px-3 py-2 text-xs leading-relaxed text-zinc-100 dark:bg-black">
              <code>{line.code}</code>
            </pre>
          </li>
        ))}
      </ul>
    </section>
  );
}
