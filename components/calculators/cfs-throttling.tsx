"use client";

import { CFS_FIELDS, calculateCfs, parseCfsInput, type CfsRaw } from "@/lib/calculators/cfs-throttling";
import { formatMs, formatNumber, formatSignificant, formatTimes } from "@/lib/calculators/format";
import { CalculatorFrame } from "./calculator-frame";
import { CfsTimeline } from "./cfs-timeline";
import { ConfigBlock } from "./config-block";
import { NumberField } from "./fields";
import { Extra, Note, ResultArea, Stat, StatGrid } from "./result";
import { StepsTable } from "./steps-table";
import { useCalculator } from "./use-calculator";
import type { CalculatorMode } from "./use-calculator-inputs";
import { CALCULATOR_COLUMNS } from "./calculator-columns";

export function CfsThrottling({ initial, mode }: { initial: CfsRaw; mode: CalculatorMode }) {
  const { raw, set, errors, input, result, href, fieldId: id } = useCalculator({ id: "cfs-throttling", initial, fields: CFS_FIELDS, mode, parse: parseCfsInput, calculate: calculateCfs });
  const minuteCores = result ? result.unthrottledMs * (input ? input.threads : 1) / 60_000 : 0;

  return (
    <CalculatorFrame id="cfs-throttling" mode={mode} href={href}>
      <div className={CALCULATOR_COLUMNS}>
        <form className="grid content-start gap-3 @lg:grid-cols-2 @3xl:grid-cols-1" onSubmit={(e) => e.preventDefault()} aria-label="CFS throttling inputs">
          <NumberField id={id("limit")} label="CPU limit" unit="cores or m" value={raw.limit} onChange={(v) => set("limit", v)} error={errors.limit} inputMode="text" hint="0.4 or 400m, as in resources.limits.cpu" />
          <NumberField id={id("periodMs")} label="CFS period" unit="ms" value={raw.periodMs} onChange={(v) => set("periodMs", v)} error={errors.periodMs} hint="cpu.cfs_period_us ÷ 1000; 1–1000 ms, default 100" />
          <NumberField id={id("burstMs")} label="Burst" unit="ms" value={raw.burstMs} onChange={(v) => set("burstMs", v)} error={errors.burstMs} hint="cpu.max.burst (v2) or cpu.cfs_burst_us (v1), Linux 5.14+; optional, at most the quota" />
          <NumberField id={id("workMs")} label="CPU time needed" unit="ms" value={raw.workMs} onChange={(v) => set("workMs", v)} error={errors.workMs} hint="Total CPU time of the burst of work" />
          <NumberField id={id("threads")} label="Threads in parallel" value={raw.threads} onChange={(v) => set("threads", v)} error={errors.threads} inputMode="numeric" />
        </form>

        <ResultArea
          ok={result !== null}
          summary={result ? `Wall-clock time ${formatMs(result.wallMs)}, ${formatTimes(result.slowdown)} the unthrottled time, ${result.throttledPeriods} throttled periods.` : ""}
        >
          {result ? (
            <>
              <StatGrid label="CFS throttling result">
                <Stat label="Quota per period" value={`${formatNumber(result.quotaMs, 3)} ms`} detail={`cpu.cfs_quota_us = ${result.cfsQuotaUs}`} testId="cfs-quota" />
                <Stat label="Wall-clock time" value={formatMs(result.wallMs)} detail={`vs ${formatMs(result.unthrottledMs)} unthrottled`} testId="cfs-wall" />
                <Stat label="Slowdown" value={formatTimes(result.slowdown)} testId="cfs-slowdown" />
                <Stat label="Throttled periods" value={formatNumber(result.throttledPeriods, 0)} detail={`of ${formatNumber(result.periodsSpanned, 0)} spanned`} testId="cfs-periods" />
                <Stat label="Throttled time" value={formatMs(result.throttledMs)} testId="cfs-throttled" />
                <Stat label="cgroup v2 cpu.max" value={<code className="text-base">{result.cpuMax}</code>} testId="cfs-cpumax" />
              </StatGrid>
              <CfsTimeline periods={result.timeline} periodMs={result.periodMs} totalPeriods={result.periodsSpanned} truncated={result.timelineTruncated} titleId={id("timeline")} />
              {result.throttledPeriods > 0 ? (
                <Note>
                  {`The ${formatNumber(result.quotaMs, 3)} ms quota per ${formatNumber(result.periodMs, 3)} ms period is shared by all ${input ? input.threads : ""} threads: together they use it up in ${formatMs(result.timeline[0]?.runMs ?? 0)} and the whole container then waits for the next period.${minuteCores < result.cores ? ` A CPU graph averaged over a minute would show this burst as only ${formatSignificant(minuteCores, 2)} cores, well under the ${formatNumber(result.cores, 3)} limit.` : ""} A limit of about ${formatNumber(result.limitToAvoidThrottling, 3)} CPU would run this work unthrottled.`}
                </Note>
              ) : (
                <Note>Not throttled: the quota covers the work in every period.</Note>
              )}
              <Extra embed={mode === "embed"}>
                <StepsTable steps={result.steps} />
                <ConfigBlock lines={result.configLines} />
                <div>
                  <h3 className="mb-1 text-sm font-semibold text-zinc-800 dark:text-zinc-200">Assumptions</h3>
                  <ul className="list-disc space-y-0.5 pl-5 text-xs text-zinc-600 dark:text-zinc-400">
                    {result.assumptions.map((a) => (
                      <li key={a}>{a}</li>
                    ))}
                  </ul>
                </div>
              </Extra>
            </>
          ) : null}
        </ResultArea>
      </div>
    </CalculatorFrame>
  );
}
