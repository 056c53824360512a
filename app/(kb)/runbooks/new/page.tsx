import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { incidentListHref } from "@/components/incidents/lib/list-state";
import { parseListState } from "@/components/incidents/lib/parse-list-state";
import { SeverityBadge } from "@/components/incidents/severity-badge";
import { Markdown } from "@/components/incidents/markdown";
import { CopyButton } from "@/components/mdx/copy-button";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/page-context";
import { searchParamsToRecord } from "@/lib/http/search-params";
import { incidentListQuerySchema } from "@/lib/incidents/incident-schemas";
import { draftRunbookFromIncidents } from "@/lib/runbooks/draft-runbook-from-incidents";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Write a runbook" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** "Write a runbook" from a dashboard runbook gap: a skeleton from the gap's incidents, and the writing guide. */
export default async function NewRunbookPage({ searchParams }: Props) {
  // The skeleton quotes incidents: the same permission as the incident list.
  const ctx = await requirePage("incidents:read", "/runbooks/new");
  const params = new URLSearchParams(Object.entries(await searchParams).flatMap(([key, value]) => [value ?? []].flat().map((v) => [key, v])));
  const query = incidentListQuerySchema.safeParse(searchParamsToRecord(params));
  const { incidents, draft, guide } = await draftRunbookFromIncidents(ctx, query.success ? query.data : {});
  return (
    <>
      <PageHeader
        title="Write a runbook"
        description={
          <>
            A skeleton built from {incidents.length} incident{incidents.length === 1 ? "" : "s"}: save it as{" "}
            <code>content/runbooks/&lt;area&gt;/{draft?.fileName ?? "<slug>.mdx"}</code>, rewrite each section in your own words, replace every TODO(draft), and run{" "}
            <code>npm run content:check</code>.
          </>
        }
      />
      {query.success ? null : (
        <div className="mb-4">
          <Alert title="These filters are not valid; the skeleton uses no filter">{query.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}</Alert>
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        {draft ? (
          <figure className="min-w-0 overflow-hidden rounded-lg bg-zinc-900 text-zinc-100">
            <figcaption className="flex items-center justify-between border-b border-zinc-700 px-3 py-1.5 text-xs text-zinc-300">
              <span>{draft.fileName}</span>
              <CopyButton />
            </figcaption>
            <pre className="overflow-x-auto p-3 text-xs leading-relaxed">
              <code>{draft.content}</code>
            </pre>
          </figure>
        ) : (
          <Alert title="No incident matches these filters">A draft is built from the incidents a runbook gap counts; open one from the dashboard.</Alert>
        )}
        <aside aria-labelledby="draft-sources" className="text-sm">
          <h2 id="draft-sources" className="font-semibold">
            From these incidents
          </h2>
          <ul className="mt-2 space-y-1.5">
            {incidents.map((i) => (
              <li key={i.id} className="flex items-baseline gap-1.5">
                <SeverityBadge severity={i.severity} />
                <Link href={`/incidents/${i.id}`} className="hover:underline">
                  {i.title}
                </Link>
              </li>
            ))}
          </ul>
          <Link href={incidentListHref(parseListState(params))} className="mt-3 inline-block text-sky-700 hover:underline dark:text-sky-400">
            Open them in the incident list
          </Link>
        </aside>
      </div>
      <section aria-labelledby="guide" className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800">
        <h2 id="guide" className="sr-only">
          The writing guide
        </h2>
        <Markdown source={guide} />
      </section>
    </>
  );
}
