"use client";

import { formatBytesDecimal, formatPercent } from "@/lib/calculators/format";
import { RAID_FIELDS, RAID_LEVEL_LABELS, RAID_LEVELS, calculateRaid, parseRaidInput, splitSizes, type RaidRaw } from "@/lib/calculators/raid-capacity";
import { CalculatorFrame } from "./calculator-frame";
import { ConfigBlock } from "./config-block";
import { NumberField, SelectField } from "./fields";
import { Extra, Note, ResultArea, Stat, StatGrid } from "./result";
import { StepsTable } from "./steps-table";
import { useCalculator } from "./use-calculator";
import type { CalculatorMode } from "./use-calculator-inputs";
import { CALCULATOR_COLUMNS } from "./calculator-columns";

const LEVEL_OPTIONS = RAID_LEVELS.map((l) => ({ value: l, label: RAID_LEVEL_LABELS[l] }));

const BEST_CASE: Partial<Record<string, string>> = { "10": "one per mirrored pair", "50": "one per group", "60": "two per group" };

function failuresText(guaranteed: number, best: number, level: string): string {
  if (guaranteed === 0) return "none";
  const any = `${guaranteed} disk${guaranteed === 1 ? "" : "s"}`;
  return best > guaranteed ? `${any}, up to ${best} (${BEST_CASE[level] ?? "best case"})` : any;
}

export function RaidCapacity({ initial, mode }: { initial: RaidRaw; mode: CalculatorMode }) {
  const { raw, set, errors, result, href, fieldId: id } = useCalculator({ id: "raid-capacity", initial, fields: RAID_FIELDS, mode, parse: parseRaidInput, calculate: calculateRaid });
  const nested = raw.level === "50" || raw.level === "60";
  const listed = splitSizes(raw.sizes).length;

  return (
    <CalculatorFrame id="raid-capacity" mode={mode} href={href}>
      <div className={CALCULATOR_COLUMNS}>
        <form className="grid content-start gap-3 @lg:grid-cols-2 @3xl:grid-cols-1" onSubmit={(e) => e.preventDefault()} aria-label="RAID inputs">
          <SelectField id={id("level")} label="RAID level" value={raw.level} options={LEVEL_OPTIONS} onChange={(v) => set("level", v)} error={errors.level} />
          <NumberField
            id={id("count")}
            label="Number of disks"
            value={raw.count}
            onChange={(v) => set("count", v)}
            error={errors.count}
            inputMode="numeric"
            hint={listed > 0 ? `Ignored: ${listed} sizes are listed below.` : "Array members, not counting hot spares"}
          />
          <NumberField id={id("size")} label="Disk size" unit="GB / TB" value={raw.size} onChange={(v) => set("size", v)} error={errors.size} inputMode="text" hint={listed > 0 ? "Ignored: sizes are listed below." : "As sold: 500GB, 4TB"} />
          <NumberField
            id={id("sizes")}
            label="Mixed sizes (optional)"
            value={raw.sizes}
            onChange={(v) => set("sizes", v)}
            error={errors.sizes}
            inputMode="text"
            placeholder="500GB, 1TB, 1TB, 2TB"
            hint="One size per member, comma-separated; replaces count × size"
          />
          {nested ? (
            <NumberField id={id("groups")} label="Groups (spans)" value={raw.groups} onChange={(v) => set("groups", v)} error={errors.groups} inputMode="numeric" hint={`RAID ${raw.level === "50" ? 5 : 6} groups striped together; disks divide evenly`} />
          ) : null}
          <NumberField id={id("spares")} label="Hot spares" value={raw.spares} onChange={(v) => set("spares", v)} error={errors.spares} inputMode="numeric" />
        </form>

        <ResultArea ok={result !== null} summary={result ? `Usable ${result.usableDecimal}, shown by the OS as ${result.usableBinary}.` : ""}>
          {result ? (
            <>
              <StatGrid label="RAID capacity result">
                <Stat label="Usable (as sold)" value={result.usableDecimal} testId="raid-usable-decimal" />
                <Stat label="Usable (as the OS shows)" value={result.usableBinary} testId="raid-usable-binary" />
                <Stat label="Efficiency" value={formatPercent(result.efficiency, 1)} detail={result.rawWithSparesBytes > result.rawBytes ? `${formatPercent(result.efficiencyWithSpares, 1)} counting spares` : `of ${formatBytesDecimal(result.rawBytes)} raw`} testId="raid-efficiency" />
                <Stat label="Survives" value={failuresText(result.failuresGuaranteed, result.failuresBestCase, raw.level)} detail="failing at the same time, before a rebuild" testId="raid-failures" />
              </StatGrid>
              <Note>{result.unitsExplanation}</Note>
              <Extra embed={mode === "embed"}>
                <Note>
                  The source notes&apos; RAID table multiplies 931 GB (a 1 TB disk) where a 500 GB disk is 465.66 GiB; the figures here are computed from the inputs.
                </Note>
                <StepsTable steps={result.steps} />
                <ConfigBlock lines={result.configLines} />
              </Extra>
            </>
          ) : null}
        </ResultArea>
      </div>
    </CalculatorFrame>
  );
}
