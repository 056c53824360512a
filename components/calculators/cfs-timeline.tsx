import type { CfsPeriod } from "@/lib/calculators/cfs-throttling";
import { formatNumber } from "@/lib/calculators/format";

const W = 640;
const BAR_Y = 8;
const BAR_H = 36;
const H = 72;

/** Periods along a time axis: run (sky), throttled (rose), idle after the work (zinc). No chart library. */
export function CfsTimeline({
  periods,
  periodMs,
  totalPeriods,
  truncated,
  titleId,
}: {
  periods: readonly CfsPeriod[];
  periodMs: number;
  totalPeriods: number;
  truncated: boolean;
  titleId: string;
}) {
  const count = Math.max(periods.length, 1);
  const scale = W / (count * periodMs);
  const throttled = periods.filter((p) => p.throttledMs > 0).length;
  const summary = `${periods.length} of ${totalPeriods} period${totalPeriods === 1 ? "" : "s"} shown, ${formatNumber(periodMs, 3)} ms each; ${throttled} shown throttled.`;
  const labelEvery = Math.ceil(count / 8);
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${titleId}-title ${titleId}-desc`}
        className="h-auto w-full overflow-visible"
      >
        <title id={`${titleId}-title`}>CFS periods: run time and throttled time</title>
        <desc id={`${titleId}-desc`}>{summary}</desc>
        {periods.map((p, k) => {
          const x = k * periodMs * scale;
          const run = p.runMs * scale;
          const thr = p.throttledMs * scale;
          const idle = p.idleMs * scale;
          return (
            <g key={p.index}>
              <rect x={x} y={BAR_Y} width={Math.max(run, 0.5)} height={BAR_H} className="fill-sky-500 dark:fill-sky-400" />
              {thr > 0 ? <rect x={x + run} y={BAR_Y} width={thr} height={BAR_H} className="fill-rose-400/80 dark:fill-rose-500/70" /> : null}
              {idle > 0 ? <rect x={x + run + thr} y={BAR_Y} width={idle} height={BAR_H} className="fill-zinc-200 dark:fill-zinc-800" /> : null}
              <line x1={x} x2={x} y1={BAR_Y - 4} y2={BAR_Y + BAR_H + 4} className="stroke-zinc-500" strokeWidth={1} />
              {k % labelEvery === 0 ? (
                <text x={x + 2} y={H - 6} className="fill-zinc-600 text-[10px] dark:fill-zinc-400">
                  {`${formatNumber(p.startMs, 1)} ms`}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
        <span>
          <span aria-hidden className="mr-1 inline-block h-2.5 w-2.5 rounded-sm bg-sky-500" />
          running
        </span>
        <span>
          <span aria-hidden className="mr-1 inline-block h-2.5 w-2.5 rounded-sm bg-rose-400" />
          throttled
        </span>
        <span>
          <span aria-hidden className="mr-1 inline-block h-2.5 w-2.5 rounded-sm bg-zinc-300 dark:bg-zinc-700" />
          done, idle
        </span>
        {truncated ? <span>{`First ${periods.length} of ${formatNumber(totalPeriods, 0)} periods.`}</span> : null}
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer text-xs text-sky-700 dark:text-sky-400">Timeline as a table</summary>
        <table className="mt-2 w-full text-left text-xs tabular-nums">
          <thead>
            <tr className="text-zinc-500 dark:text-zinc-400">
              <th scope="col">Period</th>
              <th scope="col">Starts</th>
              <th scope="col">Runs</th>
              <th scope="col">Throttled</th>
              <th scope="col">CPU used</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.index}>
                <th scope="row" className="font-normal">
                  {p.index}
                </th>
                <td>{formatNumber(p.startMs, 3)} ms</td>
                <td>{formatNumber(p.runMs, 3)} ms</td>
                <td>{formatNumber(p.throttledMs, 3)} ms</td>
                <td>{formatNumber(p.cpuMs, 3)} ms</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
