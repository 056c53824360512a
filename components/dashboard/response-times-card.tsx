import type { ResponseTimeDto, TrendWeekDto } from "@/lib/metrics/dashboard-dto";
import { LazyResponseTimeTrendChart } from "./charts/lazy-charts";
import { CountLink } from "./count-link";
import { DashboardCard } from "./dashboard-card";
import { DataTableDetails } from "./data-table-details";
import { describeChange, formatSeconds, type ChangeTone } from "./lib/figure-text";

const TONE: Record<ChangeTone, string> = {
  better: "text-emerald-700 dark:text-emerald-400",
  worse: "text-rose-700 dark:text-rose-400",
  same: "text-zinc-600 dark:text-zinc-400",
  none: "text-zinc-600 dark:text-zinc-400",
};

/** Median and p90 of time to detect, mitigate and resolve, against the previous range, each with its weekly trend. */
export function ResponseTimesCard({ times, trend, previous }: { times: ResponseTimeDto[]; trend: TrendWeekDto[]; previous: { fromDay: string; toDay: string } }) {
  return (
    <DashboardCard
      id="response-times"
      title="Time to detect, mitigate, resolve"
      note={`From the start of each incident started in the range. Median (p50) and p90, linear interpolation; previous range ${previous.fromDay} – ${previous.toDay}.`}
    >
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        {times.map((t) => {
          const p50 = describeChange(t.p50Change, formatSeconds);
          const p90 = describeChange(t.p90Change, formatSeconds);
          return (
            <div key={t.key} data-testid={`response-${t.key}`} className="min-w-0">
              <h3 className="text-sm font-medium">{t.label}</h3>
              {t.current.count === 0 ? (
                <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">No incident in this range has this time yet; the median and p90 will show here.</p>
              ) : (
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                  <dt className="text-zinc-600 dark:text-zinc-400">Median</dt>
                  <dd>
                    <span className="text-lg font-semibold" data-testid="p50">{formatSeconds(t.current.p50)}</span>{" "}
                    <span className={`text-xs ${TONE[p50.tone]}`}>{p50.text}</span>
                  </dd>
                  <dt className="text-zinc-600 dark:text-zinc-400">p90</dt>
                  <dd>
                    <span className="font-semibold" data-testid="p90">{formatSeconds(t.current.p90)}</span> <span className={`text-xs ${TONE[p90.tone]}`}>{p90.text}</span>
                  </dd>
                  <dt className="text-zinc-600 dark:text-zinc-400">Over</dt>
                  <dd>
                    <CountLink figure={t.current} label={`${t.current.count} incidents with ${t.label.toLowerCase()} in this range`}>
                      {t.current.count} incident{t.current.count === 1 ? "" : "s"}
                    </CountLink>
                  </dd>
                  <dt className="text-zinc-600 dark:text-zinc-400">Before</dt>
                  <dd className="text-zinc-700 dark:text-zinc-300">
                    {formatSeconds(t.previous.p50)} / {formatSeconds(t.previous.p90)} over{" "}
                    <CountLink figure={t.previous} label={`${t.previous.count} incidents with ${t.label.toLowerCase()} in the previous range`} />
                  </dd>
                </dl>
              )}
              <div className="mt-2">
                <LazyResponseTimeTrendChart weeks={trend} metric={t.key} label={t.label} />
              </div>
            </div>
          );
        })}
      </div>
      <DataTableDetails summary="Weekly medians (data table)" caption="Weekly median time to detect, mitigate and resolve">
            <thead>
              <tr className="text-xs text-zinc-600 dark:text-zinc-400">
                <th scope="col" className="py-1 text-left font-medium">Week (UTC)</th>
                {times.map((t) => (
                  <th key={t.key} scope="col" className="py-1 font-medium">{t.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {trend.map((w) => (
                <tr key={w.key} className="border-t border-zinc-100 dark:border-zinc-800">
                  <th scope="row" className="py-1 text-left font-normal">{w.label}</th>
                  {times.map((t) => (
                    <td key={t.key} className="py-1">
                      {formatSeconds(w.p50[t.key])} <span className="text-xs text-zinc-500 dark:text-zinc-400">({w.count[t.key]})</span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
      </DataTableDetails>
    </DashboardCard>
  );
}
