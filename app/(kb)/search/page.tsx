import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { SearchFilters } from "@/components/search/search-filters";
import { FragmentSearchSlot } from "@/components/search/fragment-search-slot";
import { SearchResultList } from "@/components/search/search-result-list";
import { SearchSummary } from "@/components/search/search-summary";
import { pageContext } from "@/lib/auth/page-context";
import { zodFields } from "@/lib/http/error-body";
import { searchParamsToRecord } from "@/lib/http/search-params";
import { TAGS } from "@/lib/runbooks/taxonomy";
import { runSearch } from "@/lib/search/run-search";
import { searchQuerySchema } from "@/lib/search/search-schemas";

export const metadata: Metadata = { title: "Search" };
// Incident results and counts come from the database per request.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** /search?q=…&type=…&tag=…: the full result list; the header field and the palette lead here. */
export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) for (const v of [value ?? []].flat()) if (v !== "") params.append(key, v);
  const q = typeof raw.q === "string" ? raw.q : "";
  const parsed = searchQuerySchema.safeParse({ ...searchParamsToRecord(params), limit: raw.limit ?? "50" });
  const type = parsed.success ? parsed.data.type : undefined;
  const tag = parsed.success ? parsed.data.tag : undefined;
  const response = parsed.success ? await runSearch(await pageContext(), { ...parsed.data, prefix: false }) : null;
  const problem = !parsed.success && q.trim() ? zodFields(parsed.error).message : null;

  return (
    <>
      <PageHeader title="Search" description="Paste an error, a log line or a kubectl event, or describe what you see, in English or Chinese. Runbooks first, then past incidents that looked the same." />
      <SearchFilters q={q} type={type} tag={tag} tags={TAGS} />
      {problem ? <Alert title="This search cannot run">{problem}</Alert> : null}
      {response ? (
        <>
          <SearchSummary response={response} q={q} />
          <SearchResultList results={response.results} />
        </>
      ) : null}
      {/* A query too long for a URL travels in the fragment, which only the browser sees. */}
      {q ? null : <FragmentSearchSlot />}
    </>
  );
}
