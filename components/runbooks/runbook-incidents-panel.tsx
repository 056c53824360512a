import { Link } from "@/components/ui/link";
import { SeverityBadge, StatusBadge } from "@/components/incidents/severity-badge";
import { LocalTime } from "@/components/ui/local-time";
import { formatDuration } from "@/lib/format";
import type { RunbookIncidentSummary } from "@/lib/incidents/get-runbook-incident-summary";

/**
 * Incidents linked to this runbook, rendered with the page (runbook pages are
 * rendered per request for the CSP nonce anyway): no client fetch, no second
 * render after load. `data` is null for viewers who may not read incidents
 * (runbooks are public, the incidents linked to them are not).
 */
export function RunbookIncidentsPanel({ slug, data, mayLog }: { slug: string; data: RunbookIncidentSummary | null; mayLog: boolean }) {
  if (!data) {
    return (
      <section aria-labelledby="runbook-incidents" className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" data-print="hide">
        <h2 id="runbook-incidents" className="text-sm font-semibold">Incidents</h2>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          <Link href={`/sign-in?next=${encodeURIComponent(`/runbooks/${slug}`)}`} className="font-medium text-sky-700 hover:underline dark:text-sky-400">
            Sign in
          </Link>{" "}
          to see the incidents this runbook was used for.
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="runbook-incidents" className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" data-print="hide">
      <h2 id="runbook-incidents" className="text-sm font-semibold">Incidents</h2>
      <dl className="mt-3 grid grid-cols-2 gap-2 text-sm">
        <dt className="text-zinc-500 dark:text-zinc-400">Linked incidents</dt>
        <dd data-testid="incident-count" className="font-medium tabular-nums">{data.count}</dd>
        <dt className="text-zinc-500 dark:text-zinc-400">Last seen</dt>
        <dd>{data.lastSeen ? <LocalTime iso={data.lastSeen} /> : "never"}</dd>
        <dt className="text-zinc-500 dark:text-zinc-400">Median time to resolve</dt>
        <dd>{data.medianTimeToResolveMs === null ? "—" : formatDuration(data.medianTimeToResolveMs)}</dd>
        <dt className="text-zinc-500 dark:text-zinc-400">Fix worked</dt>
        <dd>
          {data.fixWorked.worked + data.fixWorked.didNot === 0 ? "no feedback yet" : `${data.fixWorked.worked} of ${data.fixWorked.worked + data.fixWorked.didNot}`}
        </dd>
      </dl>
      {data.latest.length ? (
        <ul className="mt-3 space-y-2 text-sm">
          {data.latest.map((incident) => (
            <li key={incident.id} className="flex flex-wrap items-center gap-1.5">
              <SeverityBadge severity={incident.severity} />
              <StatusBadge status={incident.status} />
              <Link href={`/incidents/${incident.id}`} className="hover:underline">
                {incident.title}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {mayLog ? (
        <Link
          href={`/incidents/new?runbook=${encodeURIComponent(slug)}`}
          className="mt-4 inline-block rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800"
        >
          Log an incident with this runbook
        </Link>
      ) : null}
    </section>
  );
}
