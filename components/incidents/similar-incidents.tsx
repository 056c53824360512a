import { Link } from "@/components/ui/link";
import type { IncidentSearchResult } from "@/lib/search/search-dto";
import { SeverityBadge, StatusBadge } from "./severity-badge";

/** Past incidents that looked like this one: how each was fixed, and which runbook worked. */
export function SimilarIncidents({ incidents }: { incidents: IncidentSearchResult[] }) {
  return (
    <section aria-labelledby="similar-incidents" className="grid gap-3">
      <h2 id="similar-incidents" className="text-lg font-semibold">
        Similar incidents
      </h2>
      {incidents.length === 0 ? <p className="text-sm text-zinc-600 dark:text-zinc-400">No past incident looked like this one.</p> : null}
      <ul className="grid gap-3">
        {incidents.map((incident) => (
          <li key={incident.id} className="rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-800">
            <p className="flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
              <SeverityBadge severity={incident.severity} />
              <StatusBadge status={incident.status} />
              <span>
                {incident.service} · {incident.startedAt.slice(0, 10)}
              </span>
            </p>
            <Link href={incident.url} className="mt-1 block font-medium hover:underline">
              #{incident.id} {incident.title}
            </Link>
            {incident.fix ? (
              <p className="mt-1 text-zinc-700 dark:text-zinc-300">
                <span className="font-medium">Fix: </span>
                {incident.fix}
              </p>
            ) : null}
            {incident.runbooks.length ? (
              <p className="mt-1 text-xs">
                {incident.runbooks.map((r, i) => (
                  <span key={r.slug}>
                    {i ? " · " : ""}
                    <Link href={`/runbooks/${r.slug}`} className="text-sky-700 hover:underline dark:text-sky-400">
                      {r.title}
                    </Link>
                    <span className="text-zinc-600 dark:text-zinc-400">{r.fixWorked === true ? " — worked" : r.fixWorked === false ? " — did not work" : ""}</span>
                  </span>
                ))}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
