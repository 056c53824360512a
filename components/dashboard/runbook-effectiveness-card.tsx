import { Link } from "@/components/ui/link";
import type { RunbookEffectivenessDto } from "@/lib/metrics/dashboard-dto";
import { CountLink } from "./count-link";
import { DashboardCard, EmptyState } from "./dashboard-card";
import { formatSeconds, formatShare } from "./lib/figure-text";

/** Which runbooks work: for each runbook linked three or more times in the range, the feedback on its fix and the median time to resolve. */
export function RunbookEffectivenessCard({ rows }: { rows: RunbookEffectivenessDto[] }) {
  return (
    <DashboardCard id="effectiveness" title="Runbook effectiveness" note="Runbooks linked to at least three incidents in the range. “Worked” is the share of incidents with feedback where the fix worked.">
      {rows.length === 0 ? (
        <EmptyState>No runbook was linked to three incidents in this range. Link runbooks to incidents and say whether the fix worked; each runbook&apos;s success rate will show here.</EmptyState>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full text-sm tabular-nums">
            <caption className="sr-only">Runbook effectiveness in the range</caption>
            <thead>
              <tr className="text-right text-xs text-zinc-600 dark:text-zinc-400">
                <th scope="col" className="py-1 text-left font-medium">Runbook</th>
                <th scope="col" className="py-1 font-medium">Linked</th>
                <th scope="col" className="py-1 font-medium">Worked</th>
                <th scope="col" className="py-1 font-medium">Yes</th>
                <th scope="col" className="py-1 font-medium">No</th>
                <th scope="col" className="py-1 font-medium">No feedback</th>
                <th scope="col" className="py-1 font-medium">Median to resolve</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.slug} className="border-t border-zinc-100 text-right dark:border-zinc-800">
                  <th scope="row" className="max-w-xs py-1.5 text-left font-normal">
                    <Link href={`/runbooks/${r.slug}`} className="hover:underline">
                      {r.title}
                    </Link>
                  </th>
                  <td className="py-1.5">
                    <CountLink figure={r.linked} label={`${r.linked.count} incidents linked to ${r.title}`} />
                  </td>
                  <td className="py-1.5 font-semibold">{formatShare(r.workedShare)}</td>
                  <td className="py-1.5">
                    <CountLink figure={r.worked} label={`${r.worked.count} incidents where ${r.title} worked`} />
                  </td>
                  <td className="py-1.5">
                    <CountLink figure={r.didNotWork} label={`${r.didNotWork.count} incidents where ${r.title} did not work`} />
                  </td>
                  <td className="py-1.5">
                    <CountLink figure={r.noFeedback} label={`${r.noFeedback.count} incidents linked to ${r.title} without feedback`} />
                  </td>
                  <td className="py-1.5">
                    {formatSeconds(r.medianResolveSeconds)}{" "}
                    <span className="text-xs text-zinc-500 dark:text-zinc-400">
                      (<CountLink figure={r.resolved} label={`${r.resolved.count} resolved incidents linked to ${r.title}`} />)
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </DashboardCard>
  );
}
