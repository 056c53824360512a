import type { Step } from "@/lib/calculators/types";

/** The intermediate steps for the current inputs: what, the formula with the numbers, the value. */
export function StepsTable({ steps, caption = "How it is calculated" }: { steps: readonly Step[]; caption?: string }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-sm font-semibold text-zinc-800 dark:text-zinc-200">{caption}</caption>
        <thead>
          <tr className="border-b border-zinc-200 text-xs uppercase tracking-wide text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
            <th scope="col" className="py-1.5 pr-3 font-medium">
              Step
            </th>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              Formula
            </th>
            <th scope="col" className="py-1.5 font-medium">
              Value
            </th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s) => (
            <tr key={s.label} className="border-b border-zinc-100 align-top last:border-0 dark:border-zinc-900">
              <th scope="row" className="py-1.5 pr-3 font-normal text-zinc-700 dark:text-zinc-300">
                {s.label}
              </th>
              <td className="py-1.5 pr-3 font-mono text-xs text-zinc-600 dark:text-zinc-400">{s.formula}</td>
              <td className="py-1.5 font-medium tabular-nums">{s.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
