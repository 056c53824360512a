import { Link } from "@/components/ui/link";
import { runbookListHref, type RunbookListQuery } from "@/lib/runbooks/filter-runbooks";

const linkClass = "rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";

/** Plain links (work without JavaScript, keep the filters): previous, "page n of m", next. */
export function RunbookPagination({ query, page, pages }: { query: RunbookListQuery; page: number; pages: number }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between gap-2" data-print="hide">
      {page > 1 ? <Link href={runbookListHref({ ...query, page: page - 1 })} className={linkClass} rel="prev">← Previous page</Link> : <span />}
      <span className="text-sm text-zinc-600 dark:text-zinc-400">Page {page} of {pages}</span>
      {page < pages ? <Link href={runbookListHref({ ...query, page: page + 1 })} className={linkClass} rel="next">Next page →</Link> : <span />}
    </nav>
  );
}
