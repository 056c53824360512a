"use client";

import { useState } from "react";

/** Copies the text of the code block it sits in (read from the DOM, so the server needs not pass it twice). */
export function CopyButton() {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <button
      type="button"
      data-print="hide"
      onClick={async (event) => {
        const code = event.currentTarget.closest("figure")?.querySelector("pre code");
        try {
          await navigator.clipboard.writeText(code?.textContent ?? "");
          setState("copied");
        } catch {
          setState("failed");
        }
        setTimeout(() => setState("idle"), 2000);
      }}
      className="rounded px-2 py-0.5 text-xs text-zinc-400 hover:bg-zinc-800 hover:text-zinc-100 focus-visible:outline focus-visible:outline-sky-500"
    >
      <span aria-live="polite">{state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : "Copy"}</span>
    </button>
  );
}
