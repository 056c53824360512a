"use client";

import { Link } from "@/components/ui/link";
import { focusRing } from "@/components/ui/button";
import type { IncidentDto } from "@/lib/incidents/incident-dto";
import type { IncidentSortKey } from "@/lib/incidents/incident-vocabulary";
import { LocalTime } from "@/components/ui/local-time";
import { formatDuration } from "@/lib/format";
import { SkeletonRows } from "./incident-table-skeleton";
import { SeverityBadge, StatusBadge } from "./severity-badge";
import type { ListState } from "./lib/list-state";

const COLUMNS: { label: string; sort?: IncidentSortKey }[] = [
  { label: "Severity", sort: "severity" },
  { label: "Status", sort: "status" },
  { label: "Title", sort: "title" },
  { label: "Service" },
  { label: "Namespace" },
  { label: "Runbooks" },
  { label: "Started", sort: "startedAt" },
  { label: "Time to resolve", sort: "timeToResolve" },
];

/**
 * The incident table: sortable headers, skeleton rows until the first answer.
 * Below the md breakpoint the same markup lays out as one card per incident
 * (the sort buttons as a row above them), so a phone reads a row without
 * scrolling sideways through a 66rem table. CSS only: one DOM for both.
 */
export function IncidentTable({
  items,
  loading,
  stale,
  state,
  onSort,
  runbookTitles,
}: {
  items: IncidentDto[] | undefined;
  loading: boolean;
  stale: boolean;
  state: ListState;
  onSort: (key: IncidentSortKey) => void;
  runbookTitles: Map<string, string>;
}) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table className={`w-full text-left text-sm max-md:block md:min-w-[66rem] ${stale ? "opacity-60" : ""}`} aria-busy={loading || stale}>
        <caption className="sr-only">Incidents{stale ? " (updating)" : ""}</caption>
        <thead className="bg-zinc-50 text-xs uppercase text-zinc-600 max-md:block dark:bg-zinc-900 dark:text-zinc-400">
          <tr className="max-md:flex max-md:flex-wrap max-md:items-center max-md:gap-x-1 max-md:px-1">
            {COLUMNS.map((column) => {
              const sorted = column.sort && state.sort === column.sort;
              const ariaSort = sorted ? (state.order === "asc" ? "ascending" : "descending") : column.sort ? "none" : undefined;
              return (
                <th key={column.label} scope="col" aria-sort={ariaSort} className={`whitespace-nowrap p-2 font-semibold ${column.sort ? "max-md:block" : "max-md:hidden"}`}>
                  {column.sort ? (
                    <button type="button" onClick={() => onSort(column.sort as IncidentSortKey)} className={`inline-flex items-center gap-1 rounded uppercase hover:text-zinc-900 dark:hover:text-white ${focusRing}`}>
                      {column.label}
                      <span aria-hidden>{sorted ? (state.order === "asc" ? "▲" : "▼") : "↕"}</span>
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 max-md:block dark:divide-zinc-800">
          {loading ? <SkeletonRows /> : null}
          {items?.map((incident) => (
            <tr key={incident.id} className={`align-top hover:bg-zinc-50 dark:hover:bg-zinc-900/60 ${CARD}`}>
              <td className={CELL}>
                <SeverityBadge severity={incident.severity} />
              </td>
              <td className={CELL}>
                <StatusBadge status={incident.status} />
              </td>
              <td className={`md:min-w-64 max-md:min-w-0 max-md:basis-full ${CELL}`}>
                <Link href={`/incidents/${incident.id}`} className={`font-medium hover:underline ${focusRing} rounded`}>
                  {incident.title}
                </Link>
              </td>
              <td className={`${CELL} ${label.service}`}>{incident.service}</td>
              <td className={`${CELL} ${label.namespace} ${incident.namespace === null ? "max-md:hidden" : ""}`}>{incident.namespace ?? <span className="text-zinc-500 dark:text-zinc-400">—</span>}</td>
              <td className={`text-xs max-md:min-w-0 max-md:basis-full ${CELL} ${incident.runbooks.length === 0 ? "max-md:hidden" : ""}`}>
                <div className="md:w-48">
                {incident.runbooks.length === 0 ? <span className="text-zinc-500 dark:text-zinc-400">—</span> : null}
                {incident.runbooks.map((slug) => (
                  <Link key={slug} href={`/runbooks/${slug}`} title={runbookTitles.get(slug) ?? slug} className={`block min-h-6 truncate py-0.5 text-sky-700 hover:underline dark:text-sky-400 ${focusRing}`}>
                    {runbookTitles.get(slug) ?? slug}
                  </Link>
                ))}
                </div>
              </td>
              <td className={`whitespace-nowrap tabular-nums ${CELL} ${label.started}`}>
                <LocalTime iso={incident.startedAt} />
              </td>
              <td className={`whitespace-nowrap tabular-nums ${CELL} ${label.timeToResolve} ${incident.timeToResolveMs === null ? "max-md:hidden" : ""}`}>
                {incident.timeToResolveMs === null ? <NotResolved /> : formatDuration(incident.timeToResolveMs)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * On a phone a row is a card: badges, then the title on its own line, then the rest as labelled items.
 * The full-width cells also need `min-w-0`: a flex item is otherwise at least as wide as its content,
 * and a truncated (nowrap) runbook title would push the card past the screen instead of getting its ellipsis.
 */
const CARD = "max-md:flex max-md:flex-wrap max-md:items-baseline max-md:gap-x-3 max-md:gap-y-1 max-md:p-3";
const CELL = "p-2 max-md:block max-md:p-0";
/** The column's name before the value, on a phone only: the header row that names it on a wide screen is not shown there. */
const label = {
  service: "max-md:before:text-zinc-500 max-md:before:content-['Service_'] dark:max-md:before:text-zinc-400",
  namespace: "max-md:before:text-zinc-500 max-md:before:content-['Namespace_'] dark:max-md:before:text-zinc-400",
  started: "max-md:before:text-zinc-500 max-md:before:content-['Started_'] dark:max-md:before:text-zinc-400",
  timeToResolve: "max-md:before:text-zinc-500 max-md:before:content-['Resolved_in_'] dark:max-md:before:text-zinc-400",
};

function NotResolved() {
  return (
    <>
      <span aria-hidden className="text-zinc-500 dark:text-zinc-400">
        —
      </span>
      <span className="sr-only">not resolved</span>
    </>
  );
}
