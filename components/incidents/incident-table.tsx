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

/** The incident table: sortable headers, skeleton rows until the first answer, horizontal scroll on small screens. */
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
      <table className={`w-full min-w-[66rem] text-left text-sm ${stale ? "opacity-60" : ""}`} aria-busy={loading || stale}>
        <caption className="sr-only">Incidents{stale ? " (updating)" : ""}</caption>
        <thead className="bg-zinc-50 text-xs uppercase text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
          <tr>
            {COLUMNS.map((column) => {
              const sorted = column.sort && state.sort === column.sort;
              const ariaSort = sorted ? (state.order === "asc" ? "ascending" : "descending") : column.sort ? "none" : undefined;
              return (
                <th key={column.label} scope="col" aria-sort={ariaSort} className="whitespace-nowrap p-2 font-semibold">
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
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {loading ? <SkeletonRows /> : null}
          {items?.map((incident) => (
            <tr key={incident.id} className="align-top hover:bg-zinc-50 dark:hover:bg-zinc-900/60">
              <td className="p-2">
                <SeverityBadge severity={incident.severity} />
              </td>
              <td className="p-2">
                <StatusBadge status={incident.status} />
              </td>
              <td className="min-w-64 p-2">
                <Link href={`/incidents/${incident.id}`} className={`font-medium hover:underline ${focusRing} rounded`}>
                  {incident.title}
                </Link>
              </td>
              <td className="p-2">{incident.service}</td>
              <td className="p-2">{incident.namespace ?? <span className="text-zinc-500 dark:text-zinc-400">—</span>}</td>
              <td className="p-2 text-xs">
                <div className="w-48">
                {incident.runbooks.length === 0 ? <span className="text-zinc-500 dark:text-zinc-400">—</span> : null}
                {incident.runbooks.map((slug) => (
                  <Link key={slug} href={`/runbooks/${slug}`} title={runbookTitles.get(slug) ?? slug} className={`block min-h-6 truncate py-0.5 text-sky-700 hover:underline dark:text-sky-400 ${focusRing}`}>
                    {runbookTitles.get(slug) ?? slug}
                  </Link>
                ))}
                </div>
              </td>
              <td className="whitespace-nowrap p-2 tabular-nums">
                <LocalTime iso={incident.startedAt} />
              </td>
              <td className="whitespace-nowrap p-2 tabular-nums">
                {incident.timeToResolveMs === null ? <NotResolved /> : formatDuration(incident.timeToResolveMs)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

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
