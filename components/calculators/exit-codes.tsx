"use client";

import { Link } from "@/components/ui/link";
import { EXIT_FIELDS, calculateExit, parseExitInput, type ExitRaw } from "@/lib/calculators/exit-codes";
import { runbookSearchHref } from "@/lib/calculators/registry";
import { CalculatorFrame } from "./calculator-frame";
import { ConfigBlock } from "./config-block";
import { NumberField } from "./fields";
import { Extra, Note, ResultArea, Stat, StatGrid } from "./result";
import { StepsTable } from "./steps-table";
import { useCalculator } from "./use-calculator";
import type { CalculatorMode } from "./use-calculator-inputs";
import { CALCULATOR_COLUMNS } from "./calculator-columns";

const COMMON = ["0", "1", "126", "127", "130", "137", "139", "143", "255"];

export function ExitCodes({ initial, mode }: { initial: ExitRaw; mode: CalculatorMode }) {
  const { raw, set, errors, result, href, fieldId: id } = useCalculator({ id: "exit-codes", initial, fields: EXIT_FIELDS, mode, parse: parseExitInput, calculate: calculateExit });

  return (
    <CalculatorFrame id="exit-codes" mode={mode} href={href}>
      <div className={CALCULATOR_COLUMNS}>
        <form className="grid content-start gap-3 @lg:grid-cols-2 @3xl:grid-cols-1" onSubmit={(e) => e.preventDefault()} aria-label="Exit code input">
          <NumberField id={id("code")} label="Exit code" value={raw.code} onChange={(v) => set("code", v)} error={errors.code} inputMode="numeric" hint="$? in a shell, exitCode in kubectl describe; any integer, wrapped like bash" />
          <div className="flex flex-wrap gap-1.5" role="group" aria-label="Common exit codes">
            {COMMON.map((c) => (
              <button
                key={c}
                type="button"
                onClick={() => set("code", c)}
                aria-pressed={raw.code.trim() === c}
                className="rounded border border-zinc-300 px-2 py-0.5 font-mono text-xs hover:bg-zinc-100 aria-pressed:border-sky-500 aria-pressed:bg-sky-50 dark:border-zinc-700 dark:hover:bg-zinc-800 dark:aria-pressed:bg-sky-950"
              >
                {c}
              </button>
            ))}
          </div>
        </form>

        <ResultArea ok={result !== null} summary={result ? `${result.status}: ${result.title}.` : ""}>
          {result ? (
            <>
              <StatGrid label="Exit code meaning">
                <Stat label="Status" value={result.status} detail={result.wrapped ? `${raw.code.trim()} wrapped to 0–255` : undefined} testId="exit-status" />
                <Stat label="Meaning" value={result.title} testId="exit-title" />
                {result.signal ? <Stat label="Signal" value={`${result.signal.number} ${result.signal.name}`} detail={`default action: ${result.signal.action}`} testId="exit-signal" /> : null}
              </StatGrid>
              <p className="text-sm text-zinc-800 dark:text-zinc-200">{result.meaning}</p>
              {result.causes.length > 0 ? (
                <div>
                  <h3 className="mb-1 text-sm font-semibold text-zinc-800 dark:text-zinc-200">Usual causes</h3>
                  <ul className="list-disc space-y-0.5 pl-5 text-sm text-zinc-700 dark:text-zinc-300">
                    {result.causes.map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <div>
                <h3 className="mb-1 text-sm font-semibold text-zinc-800 dark:text-zinc-200">Runbooks that apply</h3>
                <ul className="flex flex-wrap gap-2 text-sm">
                  {result.searchTerms.map((t) => (
                    <li key={t}>
                      <Link href={runbookSearchHref(t)} className="text-sky-700 hover:underline dark:text-sky-400">
                        {`Search “${t}”`}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
              <Extra embed={mode === "embed"}>
                <StepsTable steps={result.steps} />
                <ConfigBlock lines={result.configLines} heading="Investigate" />
                <Note>Signal numbers are Linux x86/ARM ones. POSIX sh (dash) rejects a negative exit argument with status 2 instead of wrapping it.</Note>
              </Extra>
            </>
          ) : null}
        </ResultArea>
      </div>
    </CalculatorFrame>
  );
}
