"use client";

import { Providers } from "@/components/shell/providers";
import { Alert } from "@/components/ui/alert";
import { useSearch } from "./hooks/use-search";
import type { SearchParams } from "./lib/search-path";
import { SearchResultList } from "./search-result-list";
import { SearchSummary } from "./search-summary";

/** The same limit as the page's server-rendered results. */
const PAGE_LIMIT = 50;

/**
 * Results for a search carried in the page's fragment: asked for by POST (useSearch), shown as the server
 * would show them. The kb pages carry no query client (less to hydrate); this chunk brings its own, as the palette does.
 */
export default function FragmentResults({ params }: { params: SearchParams }) {
  return (
    <Providers>
      <Results params={params} />
    </Providers>
  );
}

function Results({ params }: { params: SearchParams }) {
  const search = useSearch({ ...params, limit: PAGE_LIMIT });
  if (search.isError) return <Alert title="This search cannot run">{search.error.message}</Alert>;
  if (!search.data) {
    return (
      <p role="status" className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
        Searching…
      </p>
    );
  }
  return (
    <div aria-busy={search.isFetching || undefined}>
      <SearchSummary response={search.data} q={params.q} />
      <SearchResultList results={search.data.results} />
    </div>
  );
}
