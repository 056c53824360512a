import { Link } from "@/components/ui/link";
import type { RunbookListQuery, RunbookSort } from "@/lib/runbooks/filter-runbooks";

const SORT_LABEL: Record<RunbookSort, string> = { title: "Title", updated: "Last updated", incidents: "Incident count" };
const fieldClass = "flex flex-col gap-1 text-xs font-medium text-zinc-600 dark:text-zinc-400";
const selectClass = "rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900";

/** A GET form: the filters live in the URL and work without JavaScript. */
export function RunbookFilters({ query, tags, components, sorts }: { query: RunbookListQuery; tags: readonly string[]; components: readonly string[]; sorts: readonly RunbookSort[] }) {
  return (
    <form method="get" action="/runbooks" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter runbooks" data-print="hide">
      <div className={fieldClass}>
        <label htmlFor="runbook-filter-q">Text</label>
        <input id="runbook-filter-q" name="q" type="search" defaultValue={query.q} placeholder="error text, symptom…" className={`${selectClass} w-56`} />
      </div>
      <div className={fieldClass}>
        <label htmlFor="runbook-filter-tag">Tag</label>
        <select id="runbook-filter-tag" name="tag" defaultValue={query.tag} className={selectClass}>
          <option value="">All tags</option>
          {tags.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </div>
      <div className={fieldClass}>
        <label htmlFor="runbook-filter-component">Component</label>
        <select id="runbook-filter-component" name="component" defaultValue={query.component} className={selectClass}>
          <option value="">All components</option>
          {components.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </div>
      <div className={fieldClass}>
        <label htmlFor="runbook-filter-sort">Sort by</label>
        <select id="runbook-filter-sort" name="sort" defaultValue={query.sort} className={selectClass}>
          {sorts.map((sort) => <option key={sort} value={sort}>{SORT_LABEL[sort]}</option>)}
        </select>
      </div>
      <button type="submit" className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white dark:bg-zinc-100 dark:text-zinc-900">
        Apply
      </button>
      {query.q || query.tag || query.component || query.sort !== "title" ? (
        <Link href="/runbooks" className="py-1.5 text-sm text-sky-700 hover:underline dark:text-sky-400">Clear</Link>
      ) : null}
    </form>
  );
}
