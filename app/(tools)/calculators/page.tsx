import { Link } from "@/components/ui/link";
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { CALCULATOR_LIST } from "@/lib/calculators/registry";

export const metadata: Metadata = {
  title: "Calculators",
  description: "Calculators for on-call work: CFS throttling, TCP listen queues, RAID capacity, cache hit ratio, exit codes.",
};

export default function CalculatorsIndexPage() {
  return (
    <>
      <PageHeader
        title="Calculators"
        description="Each runs in your browser, shows its formula and the steps for your inputs, and keeps the inputs in the URL so a copied link reproduces the result. Runbooks embed them with their own presets."
      />
      <ul className="grid gap-3 sm:grid-cols-2">
        {CALCULATOR_LIST.map((c) => (
          <li key={c.id} className="relative rounded-lg border border-zinc-200 p-4 hover:border-sky-400 focus-within:ring-2 focus-within:ring-sky-500/40 dark:border-zinc-800 dark:hover:border-sky-600">
            <h2 className="font-medium">
              <Link href={c.path} className="after:absolute after:inset-0 focus:outline-none">
                {c.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{c.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
