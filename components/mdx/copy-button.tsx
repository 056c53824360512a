"use client";

import { useCopy } from "@/components/ui/use-copy";

/** Copies the text of the code block it sits in (read from the DOM, so the server need not send the code twice). */
export function CopyButton() {
  const { state, copy } = useCopy(2000);
  return (
    <button
      type="button"
      data-print="hide"
      onClick={(event) => void copy(event.currentTarget.closest("figure")?.querySelector("pre code")?.textContent ?? "")}
      className="rounded px-2 py-0.5 text-xs text-zinc-400 hover:bg-zinc-800 hover:text-zinc-100 focus-visible:outline focus-visible:outline-sky-500"
    >
      <span aria-live="polite">{state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : "Copy"}</span>
    </button>
  );
}
