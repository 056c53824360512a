"use client";

import { Link } from "@/components/ui/link";
import { useMemo } from "react";
import { WhenAllowed } from "@/components/shell/viewer-context";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { IncidentFilters } from "./incident-filters";
import { IncidentTable } from "./incident-table";
import { ListPagination } from "./list-pagination";
import { useIncidents } from "./hooks/use-incidents";
import { useListState } from "./hooks/use-list-state";
import { errorMessage } from "./lib/api-client";
import { DEFAULT_LIST_STATE, exportHref, hasFilters, toggleSort } from "./lib/list-state";
import type { InitialListPage } from "./lib/initial-list-page";
import type { RunbookOption } from "./lib/runbook-options";

/** The incident list: filters, sortable table and pages, all kept in the URL. */
export function IncidentList({ runbookOptions, initial }: { runbookOptions: RunbookOption[]; initial: InitialListPage | null }) {
  const [state, setState, navigating] = useListState();
  const query = useIncidents(state, initial);
  const runbookTitles = useMemo(() => new Map(runbookOptions.map((o) => [o.slug, o.title])), [runbookOptions]);
  const items = query.data?.items;
  const filtered = hasFilters(state);
  const page = state.cursors.length + 1;

  return (
    <>
      <IncidentFilters state={state} onChange={setState} runbookOptions={runbookOptions} />
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
          {items
            ? `${items.length} incident${items.length === 1 ? "" : "s"} on page ${page}${filtered ? " (filtered)" : ""}`
            : query.isError
              ? "No incidents shown: the list could not be loaded"
              : "Loading incidents…"}
        </p>
        <div className="flex gap-2">
          <a href={exportHref(state, "csv")} download className={buttonClass("secondary", "sm")}>
            Export CSV
          </a>
          <a href={exportHref(state, "json")} download className={buttonClass("secondary", "sm")}>
            Export JSON
          </a>
        </div>
      </div>
      {query.isError ? (
        <div className="mb-3">
          <Alert
            title="Could not load incidents"
            action={
              <Button size="sm" onClick={() => query.refetch()}>
                Try again
              </Button>
            }
          >
            {errorMessage(query.error)}
          </Alert>
        </div>
      ) : null}
      {/* Refused or failed with nothing to show: the alert above says why; an empty table would look like a load that never ends. */}
      {query.isError && !items ? null : items && items.length === 0 ? (
        <div className="rounded-lg border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
          <p className="font-medium">{filtered ? "No incident matches these filters." : "No incidents logged yet."}</p>
          <div className="mt-3 flex justify-center gap-2">
            {filtered ? (
              <Button onClick={() => setState({ ...DEFAULT_LIST_STATE, sort: state.sort, order: state.order })}>Clear filters</Button>
            ) : null}
            <WhenAllowed permission="incidents:write">
              <Link href="/incidents/new" className={buttonClass("primary")}>
                Log an incident
              </Link>
            </WhenAllowed>
          </div>
        </div>
      ) : (
        <IncidentTable
          items={items}
          loading={query.isPending}
          stale={query.isPlaceholderData || navigating}
          state={state}
          onSort={(key) => setState(toggleSort(state, key))}
          runbookTitles={runbookTitles}
        />
      )}
      <ListPagination state={state} nextCursor={query.isPlaceholderData ? null : (query.data?.nextCursor ?? null)} onChange={setState} />
    </>
  );
}
