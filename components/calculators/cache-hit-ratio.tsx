"use client";

import { useId } from "react";
import { CACHE_COUNTER_FIELDS, CACHE_FIELDS, CACHE_PROJECTION_FIELDS, type CacheRaw } from "@/lib/calculators/cache-hit-ratio";
import { CALCULATORS } from "@/lib/calculators/registry";
import { calculatorHref } from "@/lib/calculators/url";
import { CacheCountersSection } from "./cache-counters-section";
import { CacheProjectionSection } from "./cache-projection-section";
import { CalculatorFrame } from "./calculator-frame";
import { useCalculatorInputs, type CalculatorMode } from "./use-calculator-inputs";

export type CacheSections = "both" | "counters" | "projection";

/** Both parts on the page; an embed shows the part its `mode` prop asks for. */
export function CacheHitRatio({ initial, mode, sections = "both" }: { initial: CacheRaw; mode: CalculatorMode; sections?: CacheSections }) {
  const uid = useId();
  const { raw, set } = useCalculatorInputs(initial, CACHE_FIELDS, mode);
  const linkFields = sections === "counters" ? CACHE_COUNTER_FIELDS : sections === "projection" ? CACHE_PROJECTION_FIELDS : CACHE_FIELDS;
  const anchor = sections === "both" ? "" : `#${sections}`;
  const href = calculatorHref(CALCULATORS["cache-hit-ratio"].path, raw, linkFields) + anchor;
  const Heading = mode === "page" ? "h2" : "h3";
  const headingClass = mode === "page" ? "text-lg font-semibold" : "text-sm font-semibold";

  return (
    <CalculatorFrame id="cache-hit-ratio" mode={mode} href={href}>
      <div className="space-y-8">
        {sections !== "projection" ? (
          <section id={mode === "page" ? "counters" : undefined} aria-labelledby={`${uid}-counters`} className="space-y-3">
            <Heading id={`${uid}-counters`} className={headingClass}>
              From counters
            </Heading>
            <CacheCountersSection raw={raw} set={set} uid={`${uid}-c`} embed={mode === "embed"} />
          </section>
        ) : null}
        {sections !== "counters" ? (
          <section id={mode === "page" ? "projection" : undefined} aria-labelledby={`${uid}-projection`} className="space-y-3">
            <Heading id={`${uid}-projection`} className={headingClass}>
              Projection: LRU with Zipf popularity
            </Heading>
            <CacheProjectionSection raw={raw} set={set} uid={`${uid}-p`} embed={mode === "embed"} />
          </section>
        ) : null}
      </div>
    </CalculatorFrame>
  );
}
