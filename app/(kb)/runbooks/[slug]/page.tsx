import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { RunbookBody } from "@/components/runbooks/runbook-body";
import { RunbookIncidentsPanel } from "@/components/runbooks/runbook-incidents-panel";
import { TableOfContents } from "@/components/runbooks/table-of-contents";
import { TaxonomyLinks } from "@/components/runbooks/taxonomy-links";
import { can } from "@/lib/auth/actor";
import { pageContext } from "@/lib/auth/page-context";
import { getRunbookIncidentSummary } from "@/lib/incidents/get-runbook-incident-summary";
import { getRunbookPage } from "@/lib/runbooks/get-runbook-page";
import { listRunbooks } from "@/lib/runbooks/runbook-index";

// Rendered per request (the CSP nonce, and the incident panel's figures), the MDX compiled once per process
// (getRunbookPage). Unknown slugs 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return listRunbooks().map(({ slug }) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getRunbookPage((await params).slug);
  return page ? { title: page.meta.title, description: page.meta.summary } : {};
}

export default async function RunbookPage({ params }: Props) {
  const page = await getRunbookPage((await params).slug);
  if (!page) notFound();
  const { meta } = page;
  const ctx = await pageContext();
  const incidents = can(ctx, "incidents:read") ? await getRunbookIncidentSummary(ctx, meta.slug) : null;
  return (
    <article className="lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-10">
      <div className="min-w-0">
        <nav aria-label="Breadcrumb" className="mb-2 text-sm text-zinc-500 dark:text-zinc-400" data-print="hide">
          <Link href="/runbooks" className="hover:underline">Runbooks</Link>
        </nav>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{meta.title}</h1>
        <p className="mt-2 text-zinc-600 dark:text-zinc-400">{meta.summary}</p>
        <div className="mt-3">
          <TaxonomyLinks tags={meta.tags} components={meta.components} />
        </div>
        {meta.alerts.length ? (
          // Flex, so a line may break between two names (there is no space between the links to break at).
          <p className="mt-2 flex flex-wrap items-baseline gap-1 text-xs text-zinc-500 dark:text-zinc-400">
            <span>Answers alerts:</span>
            {meta.alerts.map((a) => (
              <Link key={a} href={`/runbooks/alerts#alert-${a}`} className="hover:underline">
                <code className="rounded bg-zinc-100 px-1 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">{a}</code>
              </Link>
            ))}
          </p>
        ) : null}
        <div className="mt-8">
          <RunbookBody code={page.code} />
        </div>
        {page.related.length ? (
          <section aria-labelledby="related" className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800">
            <h2 id="related" className="text-lg font-semibold">Related runbooks</h2>
            <ul className="mt-3 grid gap-3 sm:grid-cols-2">
              {page.related.map((r) => (
                <li key={r.slug} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
                  <Link href={`/runbooks/${r.slug}`} className="font-medium hover:underline">{r.title}</Link>
                  <p className="mt-1 line-clamp-2 text-sm text-zinc-600 dark:text-zinc-400">{r.summary}</p>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <p className="mt-8 text-xs text-zinc-500 dark:text-zinc-400">
          Source: <code>{meta.file}</code> · updated {meta.updated}
        </p>
      </div>
      <aside className="mt-8 space-y-6 lg:sticky lg:top-20 lg:mt-0 lg:self-start">
        <RunbookIncidentsPanel slug={meta.slug} data={incidents} mayLog={can(ctx, "incidents:write")} />
        <TableOfContents entries={page.toc} />
      </aside>
    </article>
  );
}
