import { Link } from "@/components/ui/link";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { getCalculator } from "@/lib/calculators/registry";
import { getRunbooksUsingCalculator } from "@/lib/runbooks/get-runbooks-using-calculator";
import type { CalculatorId } from "@/lib/runbooks/taxonomy";

export function calculatorMetadata(id: CalculatorId): Metadata {
  const info = getCalculator(id);
  return { title: info.title, description: info.description };
}

export interface CalculatorPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The page's query string as the calculators' *FromParams read it (a repeated key: its first value). */
export function queryOf(searchParams: Record<string, string | string[] | undefined>): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) query.set(key, first);
  }
  return query;
}

/**
 * Shell of a calculator page (server component): heading, explanation, the client calculator, and
 * the runbooks that embed it. Each page reads its inputs from the query string on the server (so a
 * copied link reproduces the result) and renders the calculator with them: no useSearchParams and no
 * Suspense boundary, whose fallback streamed first and was then replaced by the taller calculator,
 * pushing the runbook list down (layout shift 0.09 on a phone).
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
      {children}
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
