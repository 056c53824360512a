import { Link } from "@/components/ui/link";
import { SeverityBadge } from "@/components/incidents/severity-badge";
import { STATUS_LABEL } from "@/components/incidents/lib/labels";
import { formatDuration } from "@/lib/format";
import { SEVERITIES } from "@/lib/incidents/incident-vocabulary";
import type { OpenIncidentsDto } from "@/lib/metrics/dashboard-dto";
import { CountLink } from "./count-link";
import { DashboardCard, EmptyState } from "./dashboard-card";
import { LocalTime } from "@/components/ui/local-time";

/** What is burning now: unresolved incidents by status and severity, whenever they started, and the oldest. */
export function OpenNowCard({ open, generatedAt }: { open: OpenIncidentsDto; generatedAt: string }) {
  return (
    <DashboardCard id="now" title="Now" note="Open and mitigated incidents, whenever they started (not limited to the range).">
      {open.total.count === 0 ? (
        <EmptyState>Nothing is open. Open and mitigated incidents will show here by severity, with the oldest one.</EmptyState>
      ) : (
        <>
          <table className="w-full text-sm">
            <caption className="sr-only">Unresolved incidents by status and severity</caption>
            <thead>
              <tr className="text-left text-xs text-zinc-600 dark:text-zinc-400">
                <th scope="col" className="py-1 font-medium">Status</th>
                {SEVERITIES.map((s) => (
                  <th key={s} scope="col" className="py-1 text-right font-medium">
                    <SeverityBadge severity={s} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {(["open", "mitigated"] as const).map((status) => (
                <tr key={status} className="border-t border-zinc-100 dark:border-zinc-800">
                  <th scope="row" className="py-1.5 text-left font-medium">{STATUS_LABEL[status]}</th>
                  {SEVERITIES.map((severity) => {
                    const cell = open.cells.find((c) => c.status === status && c.severity === severity);
                    return (
                      <td key={severity} className="py-1.5 text-right text-lg font-semibold">
                        {cell && cell.count > 0 ? <CountLink figure={cell} label={`${cell.count} ${status} ${severity} incidents`} /> : <span className="text-zinc-400 dark:text-zinc-600">0</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-3 text-sm">
            <CountLink figure={open.total} label={`${open.total.count} unresolved incidents, oldest first`} className="font-semibold" /> unresolved.
            {open.oldest ? (
              <>
                {" "}Oldest:{" "}
                <Link href={`/incidents/${open.oldest.id}`} className="font-medium text-sky-700 hover:underline dark:text-sky-400">
                  {open.oldest.title}
                </Link>{" "}
                ({open.oldest.severity}, {open.oldest.status}), open for{" "}
                <strong data-testid="oldest-open-for">{formatDuration(Date.parse(generatedAt) - Date.parse(open.oldest.startedAt))}</strong>, since <LocalTime iso={open.oldest.startedAt} />.
              </>
            ) : null}
          </p>
        </>
      )}
    </DashboardCard>
  );
}
