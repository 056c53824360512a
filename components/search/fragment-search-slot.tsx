"use client";

import { lazy, Suspense } from "react";
import { useSearchFragment } from "./hooks/use-search-fragment";

/** Its code (the query hook, the result list) loads only for a search in the fragment, not with every /search page. */
const FragmentResults = lazy(() => import("./fragment-results"));

/** Where /search shows results for a query its URL carries in the fragment (too long for the query string); nothing otherwise. */
export function FragmentSearchSlot() {
  const fragment = useSearchFragment();
  if (!fragment) return null;
  return (
    <Suspense fallback={<p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">Searching…</p>}>
      <FragmentResults params={fragment} />
    </Suspense>
  );
}
