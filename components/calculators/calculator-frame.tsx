"use client";

import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { useCopy } from "@/components/ui/use-copy";
import type { CalculatorId } from "@/lib/runbooks/taxonomy";
import { getCalculator } from "@/lib/calculators/registry";
import type { CalculatorMode } from "./use-calculator-inputs";

function CopyLinkButton({ href }: { href: string }) {
  const { state, copy } = useCopy();
  return (
    <button
      type="button"
      onClick={() => void copy(new URL(href, window.location.origin).toString())}
      className="rounded-md border border-zinc-300 px-2.5 py-1 text-xs text-zinc-700 hover:bg-zinc-100 focus:outline-none focus:ring-2 focus:ring-sky-500/40 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800"
    >
      <span aria-live="polite">{state === "copied" ? "Link copied" : state === "failed" ? "Copy failed" : "Copy link to this result"}</span>
    </button>
  );
}

/**
 * Page mode: the calculator plus a "copy link" button (the URL already holds the inputs).
 * Embed mode (inside a runbook): a bordered box with the title and an "Open in calculator" link
 * carrying the current inputs; `not-prose` keeps the runbook's typography out of the form.
 */
export function CalculatorFrame({ id, mode, href, children }: { id: CalculatorId; mode: CalculatorMode; href: string; children: ReactNode }) {
  const info = getCalculator(id);
  if (mode === "page") {
    return (
      <div className="@container space-y-4">
        {children}
        <div className="flex justify-end">
          <CopyLinkButton href={href} />
        </div>
      </div>
    );
  }
  return (
    <section aria-label={`${info.title} calculator`} className="@container not-prose my-6 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">{info.title}</p>
        <Link href={href} className="text-sm font-medium text-sky-700 hover:underline dark:text-sky-400">
          Open in calculator →
        </Link>
      </div>
      {children}
    </section>
  );
}
