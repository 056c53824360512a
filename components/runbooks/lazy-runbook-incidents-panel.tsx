"use client";

import dynamic from "next/dynamic";

/**
 * The incident panel is per-request data under a static page: its code loads
 * after first paint, which keeps runbook pages inside their first-load budget
 * (npm run bench:first-load). The panel brings its own TanStack Query provider
 * for the same reason.
 */
export const LazyRunbookIncidentsPanel = dynamic(() => import("./runbook-incidents-panel-with-query").then((m) => m.RunbookIncidentsPanelWithQuery), {
  // Client-only: the data is fetched in the browser anyway, and skipping SSR keeps
  // Next from preloading the chunk with the page.
  ssr: false,
  loading: () => <div className="h-40 animate-pulse rounded-lg border border-zinc-200 dark:border-zinc-800" aria-label="Loading incidents" />,
});
