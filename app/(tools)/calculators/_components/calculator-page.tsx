import Link from "next/link";
import type { Metadata } from "next";
import { Suspense, type ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { getCalculator } from "@/lib/calculators/registry";
import { getRunbooksUsingCalculator } from "@/lib/runbooks/get-runbooks-using-calculator";
import type { CalculatorId } from "@/lib/runbooks/taxonomy";

export function calculatorMetadata(id: CalculatorId): Metadata {
  const info = getCalculator(id);
  return { title: info.title, description: info.description };
}

function Fallback() {
  return (
    <p className="rounded-md border border-dashed border-zinc-300 px-3 py-8 text-center text-sm text-zinc-500 dark:border-zinc-700 dark:text-zinc-400">
      Loading the calculator… (it runs in your browser and needs JavaScript)
    </p>
  );
}

/**
 * Shell of a calculator page (server component): heading, explanation, the client calculator in a
 * Suspense boundary (it reads the URL with useSearchParams), and the runbooks that embed it.
 * The server never reads searchParams, so the page stays static.
 */
export async function CalculatorPage({ id, intro, children }: { id: CalculatorId; intro: ReactNode; children: ReactNode }) {
  const info = getCalculator(id);
  const runbooks = await getRunbooksUsingCalculator(id);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/calculators" className="text-sky-700 hover:underline dark:text-sky-400">
          Calculators
        </Link>
      </nav>
      <PageHeader title={info.title} description={intro} />
      <Suspense fallback={<Fallback />}>{children}</Suspense>
      <section aria-labelledby="runbooks-using" className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800">
        <h2 id="runbooks-using" className="text-lg font-semibold">
          Runbooks that use this calculator
        </h2>
        {runbooks.length > 0 ? (
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {runbooks.map((r) => (
              <li key={r.slug}>
                <Link href={`/runbooks/${r.slug}`} className="text-sky-700 hover:underline dark:text-sky-400">
                  {r.title}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">No runbook embeds it yet.</p>
        )}
      </section>
    </>
  );
}
