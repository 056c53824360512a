"use client";

import { useMemo } from "react";
import {
  CACHE_STATUSES,
  CACHE_STATUS_NOTES,
  FETCHED_FROM_ORIGIN,
  SERVED_FROM_CACHE,
  calculateCacheCounters,
  parseCacheCounters,
  type CacheField,
  type CacheRaw,
} from "@/lib/calculators/cache-hit-ratio";
import { formatInt, formatPercent } from "@/lib/calculators/format";
import { ConfigBlock } from "./config-block";
import { NumberField } from "./fields";
import { Extra, Note, ResultArea, Stat, StatGrid } from "./result";
import { StepsTable } from "./steps-table";
import { CALCULATOR_COLUMNS } from "./calculator-columns";

const list = (s: readonly string[]) => s.map((x) => x.toUpperCase()).join(", ");

export function CacheCountersSection({ raw, set, uid, embed }: { raw: CacheRaw; set: (f: CacheField, v: string) => void; uid: string; embed: boolean }) {
  const parsed = useMemo(() => parseCacheCounters(raw), [raw]);
  const result = useMemo(() => (parsed.ok ? calculateCacheCounters(parsed.input) : null), [parsed]);
  const errors = parsed.ok ? {} : parsed.errors;
  const id = (f: string) => `${uid}-${f}`;

  return (
    <div className={CALCULATOR_COLUMNS}>
      <form className="grid content-start gap-3 @lg:grid-cols-2 @3xl:grid-cols-1" onSubmit={(e) => e.preventDefault()} aria-label="Cache counter inputs">
        <div className="grid grid-cols-2 gap-3 @lg:col-span-2 @3xl:col-span-1">
          {CACHE_STATUSES.map((s) => (
            <NumberField
              key={s}
              id={id(s)}
              label={s.toUpperCase()}
              value={raw[s]}
              onChange={(v) => set(s, v)}
              error={errors[s]}
              inputMode="numeric"
              hint={s === "hit" || s === "miss" ? undefined : "optional"}
            />
          ))}
        </div>
        <NumberField id={id("bytesCached")} label="Bytes served from the cache" value={raw.bytesCached} onChange={(v) => set("bytesCached", v)} error={errors.bytesCached} inputMode="text" hint="optional: 60GB, or bytes" />
        <NumberField id={id("bytesTotal")} label="Bytes sent in total" value={raw.bytesTotal} onChange={(v) => set("bytesTotal", v)} error={errors.bytesTotal} inputMode="text" hint="optional" />
      </form>

      <ResultArea ok={result !== null} summary={result ? `Request hit ratio ${formatPercent(result.requestHitRatio)}.` : ""} label="Hit ratio from counters">
        {result ? (
          <>
            <StatGrid label="Hit ratio from counters">
              <Stat label="Request hit ratio" value={formatPercent(result.requestHitRatio)} detail={`${formatInt(result.servedFromCache)} of ${formatInt(result.total)} requests`} testId="cache-request-ratio" />
              <Stat label="Byte hit ratio" value={result.byteHitRatio === null ? "n/a" : formatPercent(result.byteHitRatio)} detail={result.byteHitRatio === null ? "enter bytes to see it" : undefined} testId="cache-byte-ratio" />
              <Stat label="Origin requests saved" value={formatInt(result.originRequestsSaved)} detail={`${formatInt(result.originRequests)} still reached the origin`} testId="cache-saved" />
            </StatGrid>
            <Note>{`Served from the cache: ${list(SERVED_FROM_CACHE)}. From the origin: ${list(FETCHED_FROM_ORIGIN)}. REVALIDATED is served from the cache but still costs a conditional request (304) to the origin.`}</Note>
            <Extra embed={embed}>
              <details className="text-xs text-zinc-600 dark:text-zinc-400">
                <summary className="cursor-pointer text-sky-700 dark:text-sky-400">What each $upstream_cache_status means</summary>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                  {CACHE_STATUSES.map((s) => (
                    <div key={s} className="contents">
                      <dt className="font-mono">{s.toUpperCase()}</dt>
                      <dd>{CACHE_STATUS_NOTES[s]}</dd>
                    </div>
                  ))}
                </dl>
              </details>
              <StepsTable steps={result.steps} />
              <ConfigBlock lines={result.configLines} heading="Collect the counts" />
            </Extra>
          </>
        ) : null}
      </ResultArea>
    </div>
  );
}
