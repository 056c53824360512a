import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { RunbookFilters } from "@/components/runbooks/runbook-filters";
import { RunbookList } from "@/components/runbooks/runbook-list";
import { RunbookPagination } from "@/components/runbooks/runbook-pagination";
import { pageContext } from "@/lib/auth/page-context";
import { countIncidentsByRunbook } from "@/lib/incidents/get-runbook-incident-summary";
import { filterRunbooks, paginateRunbooks, parseRunbookListQuery, runbookSorts } from "@/lib/runbooks/filter-runbooks";
import { listRunbooks } from "@/lib/runbooks/runbook-index";
import { strongOnly } from "@/lib/search/merge-results";
import { searchRunbooks } from "@/lib/search/search-runbooks";
import { COMPONENTS, TAGS } from "@/lib/runbooks/taxonomy";

export const metadata: Metadata = { title: "Runbooks" };
// Incident counts come from the database per request.
export const dynamic = "force-dynamic";

export default async function RunbooksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = parseRunbookListQuery(await searchParams);
  const all = listRunbooks();
  const counts = await countIncidentsByRunbook(await pageContext());
  const matching = query.q ? new Set(strongOnly(searchRunbooks(query.q, { prefix: false }).results).map((r) => r.slug)) : undefined;
  const runbooks = filterRunbooks(all, query, counts, matching);
  // Paged, so the HTML (and its RSC payload) stays the same size as the library grows.
  const shown = paginateRunbooks(runbooks, query.page);
  const usedComponents = COMPONENTS.filter((c) => all.some((r) => (r.components as string[]).includes(c)));
  return (
    <>
      <PageHeader
        title="Runbooks"
        description="What you see, why, the exact fix, and what changed. Filter by tag or component, or search by symptom."
        actions={
          <Link href="/runbooks/alerts" className={buttonClass("secondary")}>
            Alerts and their runbooks
          </Link>
        }
      />
      <RunbookFilters query={query} tags={TAGS} components={usedComponents} sorts={runbookSorts(counts)} />
      <p className="mb-3 text-sm text-zinc-500 dark:text-zinc-400" aria-live="polite">
        {runbooks.length === all.length ? `${all.length} runbooks` : `${runbooks.length} of ${all.length} runbooks`}
        {shown.pages > 1 ? ` · showing ${shown.offset + 1}–${shown.offset + shown.items.length}` : ""}
      </p>
      <RunbookList runbooks={shown.items} counts={counts} />
      <RunbookPagination query={{ ...query, page: shown.page }} page={shown.page} pages={shown.pages} />
    </>
  );
}
