"use client";

import { Providers } from "@/components/shell/providers";
import { RunbookIncidentsPanel } from "./runbook-incidents-panel";

/** The panel with its query provider, loaded lazily as one chunk by LazyRunbookIncidentsPanel. */
export function RunbookIncidentsPanelWithQuery({ slug }: { slug: string }) {
  return (
    <Providers>
      <RunbookIncidentsPanel slug={slug} />
    </Providers>
  );
}
