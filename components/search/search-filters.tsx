import { Link } from "@/components/ui/link";
import type { SearchType } from "@/lib/search/search-schemas";
import { searchPath } from "./lib/search-path";

const TYPES: { value: SearchType | undefined; label: string }[] = [
  { value: undefined, label: "All" },
  { value: "runbook", label: "Runbooks" },
  { value: "incident", label: "Incidents" },
];
const selectClass = "rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900";

/** The query and its filters, all in the URL: a GET form that works without JavaScript, and type links. */
export function SearchFilters({ q, type, tag, tags }: { q: string; type?: SearchType; tag?: string; tags: readonly string[] }) {
  return (
    <div className="mb-5 grid gap-3">
      <form method="get" action="/search" role="search" aria-label="Search runbooks and incidents" className="flex flex-wrap items-end gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          Symptom, error or log lines
        </label>
        <textarea
          id="search-page-q"
          name="q"
          defaultValue={q}
          rows={Math.min(6, Math.max(1, q.split("\n").length))}
          maxLength={8000}
          placeholder="Paste the error or log lines, or type what you see…"
          className={`${selectClass} min-w-0 flex-1 font-mono`}
        />
        {type ? <input type="hidden" name="type" value={type} /> : null}
        <label htmlFor="search-page-tag" className="sr-only">
          Tag
        </label>
        <select id="search-page-tag" name="tag" defaultValue={tag ?? ""} className={selectClass}>
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
      </form>
      <nav aria-label="Result type" className="flex gap-1 text-sm">
        {TYPES.map((option) => (
          <Link
            key={option.label}
            href={searchPath({ q, type: option.value, tag }, "/search")}
            aria-current={option.value === type ? "page" : undefined}
            className={`rounded-md px-2.5 py-1 ${option.value === type ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"}`}
          >
            {option.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
