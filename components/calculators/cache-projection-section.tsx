"use client";

import { useMemo } from "react";
import { CACHE_DEFAULTS, calculateCacheProjection, parseCacheProjection, type CacheField, type CacheRaw } from "@/lib/calculators/cache-hit-ratio";
import { formatNumber, formatPercent } from "@/lib/calculators/format";
import { ConfigBlock } from "./config-block";
import { NumberField } from "./fields";
import { Extra, Note, ResultArea, Stat, StatGrid } from "./result";
import { StepsTable } from "./steps-table";
import { CALCULATOR_COLUMNS } from "./calculator-columns";

export function CacheProjectionSection({ raw, set, uid, embed }: { raw: CacheRaw; set: (f: CacheField, v: string) => void; uid: string; embed: boolean }) {
  const { objects, capacity, alpha, split } = raw;
  // Only the projection's own fields: typing in the counters above does not re-solve.
  const parsed = useMemo(() => parseCacheProjection({ ...CACHE_DEFAULTS, objects, capacity, alpha, split }), [objects, capacity, alpha, split]);
  const result = useMemo(() => (parsed.ok ? calculateCacheProjection(parsed.input) : null), [parsed]);
  const errors = parsed.ok ? {} : parsed.errors;
  const id = (f: string) => `${uid}-${f}`;

  return (
    <div className={CALCULATOR_COLUMNS}>
      <form className="grid content-start gap-3 @lg:grid-cols-2 @3xl:grid-cols-1" onSubmit={(e) => e.preventDefault()} aria-label="Cache projection inputs">
        <NumberField id={id("objects")} label="Catalogue size" unit="objects" value={raw.objects} onChange={(v) => set("objects", v)} error={errors.objects} inputMode="numeric" hint="Distinct objects requested; up to 10^9" />
        <NumberField id={id("capacity")} label="Cache capacity" unit="objects" value={raw.capacity} onChange={(v) => set("capacity", v)} error={errors.capacity} inputMode="numeric" hint="max_size ÷ average object size" />
        <NumberField id={id("alpha")} label="Popularity skew (Zipf α)" value={raw.alpha} onChange={(v) => set("alpha", v)} error={errors.alpha} hint="0 = uniform; web objects often 0.6–1.0" />
        <NumberField id={id("split")} label="Key split factor" unit="keys per object" value={raw.split} onChange={(v) => set("split", v)} error={errors.split} inputMode="numeric" hint="Host names in the cache key ($host) that serve the same object" />
      </form>

      <ResultArea
        ok={result !== null}
        summary={result ? `Projected hit ratio ${formatPercent(result.hitRatio, 1)}, ${formatPercent(result.hitRatioWithoutSplit, 1)} without the key split.` : ""}
        label="Projected LRU hit ratio"
      >
        {result ? (
          <>
            <StatGrid label="Projected LRU hit ratio">
              <Stat label="Hit ratio with the split" value={formatPercent(result.hitRatio, 1)} testId="cache-projected" />
              <Stat label="Without the split" value={formatPercent(result.hitRatioWithoutSplit, 1)} detail="one key per object" testId="cache-projected-nosplit" />
              <Stat label="Effective capacity" value={formatNumber(result.effectiveCapacity, 1)} detail="objects, C ÷ k" />
            </StatGrid>
            {result.allFitWithoutSplit ? <Note>The cache holds the whole catalogue: after warm-up every request hits.</Note> : null}
            <Extra embed={embed}>
              <Note>{result.method}</Note>
              <StepsTable steps={result.steps} />
              <ConfigBlock lines={result.configLines} heading="Remove the split" />
            </Extra>
          </>
        ) : null}
      </ResultArea>
    </div>
  );
}
