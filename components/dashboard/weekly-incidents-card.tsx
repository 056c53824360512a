import { SEVERITIES } from "@/lib/incidents/incident-vocabulary";
import type { WeekDto } from "@/lib/metrics/dashboard-dto";
import { LazyWeeklyIncidentsChart } from "./charts/lazy-charts";
import { CountLink } from "./count-link";
import { DashboardCard, EmptyState } from "./dashboard-card";
import { DataTableDetails } from "./data-table-details";

/** Incidents per ISO week (UTC), stacked by severity: a chart, a one-line summary and the same figures as a table. */
export function WeeklyIncidentsCard({ weeks }: { weeks: WeekDto[] }) {
  const total = weeks.reduce((sum, w) => sum + w.total.count, 0);
  const busiest = weeks.reduce<WeekDto | null>((best, w) => (w.total.count > (best?.total.count ?? 0) ? w : best), null);
  return (
    <DashboardCard id="weekly" title="Incidents per week" note="By start time, in ISO weeks in UTC (Monday to Sunday); the first and last weeks may be partial.">
      {total === 0 ? (
        <EmptyState>No incident started in this range. Each week&apos;s incidents will show here as a bar, stacked by severity.</EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm" data-testid="weekly-summary">
            {total} incident{total === 1 ? "" : "s"} over {weeks.length} week{weeks.length === 1 ? "" : "s"}
            {busiest ? `; busiest: ${busiest.label} with ${busiest.total.count}` : ""}.
          </p>
          <LazyWeeklyIncidentsChart weeks={weeks} />
          <DataTableDetails summary="Data table" caption="Incidents per ISO week by severity">
                <thead>
                  <tr className="text-xs text-zinc-600 dark:text-zinc-400">
                    <th scope="col" className="py-1 text-left font-medium">Week (UTC)</th>
                    {SEVERITIES.map((s) => (
                      <th key={s} scope="col" className="py-1 font-medium">{s}</th>
                    ))}
                    <th scope="col" className="py-1 font-medium">Total</th>
                  </tr>
                </thead>
                <tbody>
                  {weeks.map((w) => (
                    <tr key={w.key} className="border-t border-zinc-100 dark:border-zinc-800">
                      <th scope="row" className="py-1 text-left font-normal">
                        {w.label} <span className="text-xs text-zinc-500 dark:text-zinc-400">{w.fromDay} – {w.toDay}</span>
                      </th>
                      {SEVERITIES.map((s) => (
                        <td key={s} className="py-1">
                          <CountLink figure={w.bySeverity[s]} label={`${w.bySeverity[s].count} ${s} incidents in ${w.label}`} />
                        </td>
                      ))}
                      <td className="py-1 font-semibold">
                        <CountLink figure={w.total} label={`${w.total.count} incidents in ${w.label}`} />
                      </td>
                    </tr>
                  ))}
                </tbody>
          </DataTableDetails>
        </>
      )}
    </DashboardCard>
  );
}
