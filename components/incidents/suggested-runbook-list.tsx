"use client";

import { Link } from "@/components/ui/link";
import { Button, focusRing } from "@/components/ui/button";

export interface RunbookSuggestion {
  id: string;
  title: string;
  symptom?: string | null;
}

/** Runbooks that match what the incident looks like, each linkable in one click (without onLink, for viewers: read only). */
export function SuggestedRunbookList({ suggestions, onLink, heading = "Suggested runbooks", busy }: { suggestions: RunbookSuggestion[]; onLink?: (slug: string) => void; heading?: string; busy?: boolean }) {
  if (suggestions.length === 0) return null;
  return (
    <div className="rounded-md border border-dashed border-sky-300 p-3 dark:border-sky-800" aria-busy={busy || undefined}>
      <h3 className="mb-2 text-sm font-semibold">{heading}</h3>
      <ul className="grid gap-2" aria-label={heading}>
        {suggestions.map((s) => (
          <li key={s.id} className="flex items-start justify-between gap-2 text-sm">
            <span className="min-w-0">
              <Link href={`/runbooks/${s.id}`} target="_blank" className={`text-sky-700 hover:underline dark:text-sky-400 ${focusRing}`}>
                {s.title}
              </Link>
              {s.symptom ? <span className="block text-xs text-zinc-600 dark:text-zinc-400">matches “{s.symptom}”</span> : null}
            </span>
            {onLink ? (
              <Button size="sm" onClick={() => onLink(s.id)} aria-label={`Link runbook ${s.title}`}>
                Link
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
