"use client";

import { useRouter } from "next/navigation";
import type { FormEvent, KeyboardEvent } from "react";
import { Link } from "@/components/ui/link";
import type { SearchType } from "@/lib/search/search-schemas";
import { useSearchFragment } from "./hooks/use-search-fragment";
import { openSearchPage } from "./lib/open-search-page";
import { searchPageHref } from "./lib/search-path";

const TYPES: { value: SearchType | undefined; label: string }[] = [
  { value: undefined, label: "All" },
  { value: "runbook", label: "Runbooks" },
  { value: "incident", label: "Incidents" },
];
const selectClass = "rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900";

/** Enter searches, as in any search box; Shift+Enter starts a new line. Not while an input method is composing (Chinese). */
function submitOnEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
  if (event.key !== "Enter" || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || event.nativeEvent.isComposing) return;
  event.preventDefault();
  event.currentTarget.form?.requestSubmit();
}

/**
 * The query and its filters, kept in the URL: a GET form that works without JavaScript, and type
 * links. With JavaScript, a query too long for a URL goes in its fragment instead (openSearchPage),
 * and this shows what the fragment holds when the server saw no query.
 */
export function SearchFilters({ q, type, tag, tags }: { q: string; type?: SearchType; tag?: string; tags: readonly string[] }) {
  const router = useRouter();
  const fragment = useSearchFragment();
  const current = q ? { q, type, tag } : (fragment ?? { q, type, tag });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" && value !== "" ? value : undefined;
    };
    openSearchPage((href) => router.push(href), { q: text("q") ?? "", type: text("type"), tag: text("tag") });
  }

  return (
    <div className="mb-5 grid gap-3">
      <form method="get" action="/search" role="search" aria-label="Search runbooks and incidents" onSubmit={submit} className="flex flex-wrap items-end gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          Symptom, error or log lines
        </label>
        <textarea
          key={current.q}
          id="search-page-q"
          name="q"
          defaultValue={current.q}
          rows={Math.min(6, Math.max(1, current.q.split("\n").length))}
          maxLength={8000}
          onKeyDown={submitOnEnter}
          placeholder="Paste the error or log lines, or type what you see…"
          aria-describedby="search-page-q-hint"
          className={`${selectClass} min-w-0 flex-1 font-mono`}
        />
        {current.type ? <input type="hidden" name="type" value={current.type} /> : null}
        <label htmlFor="search-page-tag" className="sr-only">
          Tag
        </label>
        <select key={current.tag} id="search-page-tag" name="tag" defaultValue={current.tag ?? ""} className={selectClass}>
          <option value="">All tags</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <button type="submit" className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white dark:bg-zinc-100 dark:text-zinc-900">
          Search
        </button>
        <p id="search-page-q-hint" className="w-full text-xs text-zinc-600 dark:text-zinc-400">
          Enter searches; Shift+Enter starts a new line.
        </p>
      </form>
      <nav aria-label="Result type" className="flex gap-1 text-sm">
        {TYPES.map((option) => (
          <Link
            key={option.label}
            href={searchPageHref({ q: current.q, type: option.value, tag: current.tag })}
            aria-current={option.value === current.type ? "page" : undefined}
            className={`rounded-md px-2.5 py-1 ${option.value === current.type ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"}`}
          >
            {option.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
