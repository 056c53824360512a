import { Link } from "@/components/ui/link";
import { listStateToSearch, DEFAULT_LIST_STATE } from "@/components/incidents/lib/list-state";
import type { RunbookGapDto } from "@/lib/metrics/dashboard-dto";
import { CountLink } from "./count-link";
import { DashboardCard, EmptyState } from "./dashboard-card";
import { LocalTime } from "@/components/ui/local-time";

/** Recurring incidents no runbook is linked to, each with a way to start writing one. */
export function RunbookGapsCard({ gaps }: { gaps: RunbookGapDto[] }) {
  return (
    <DashboardCard id="gaps" title="Runbook gaps" note="Incidents in the range with no runbook linked, seen at least twice: same alert name (unless a runbook already lists the alert), or same service and similar title.">
      {gaps.length === 0 ? (
        <EmptyState logLink={false}>Every recurring incident in this range has a runbook. Repeats without one will show here, with a draft to start from.</EmptyState>
      ) : (
        <ul className="space-y-2 text-sm">
          {gaps.map((g) => (
            <li key={`${g.kind}:${g.service}:${g.label}`} className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <span className="min-w-0 flex-1">
                {g.kind === "alert" ? <code className="text-xs">{g.label}</code> : <span>{g.label}</span>}
                <span className="block text-xs text-zinc-500 dark:text-zinc-400">
                  {g.kind === "alert" ? "alert" : `service ${g.service}, similar titles`} · last <LocalTime iso={g.lastSeen} dateOnly />
                </span>
              </span>
              <CountLink figure={g} label={`${g.count} incidents without a runbook: ${g.label}`} className="font-semibold" />
              <Link href={`/runbooks/new?${listStateToSearch({ ...DEFAULT_LIST_STATE, ...g.link })}`} className="text-xs font-medium text-sky-700 hover:underline dark:text-sky-400">
                Write a runbook
              </Link>
            </li>
          ))}
        </ul>
      )}
    </DashboardCard>
  );
}
