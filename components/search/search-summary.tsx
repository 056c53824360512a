import type { SearchResponse } from "@/lib/search/search-dto";

/** "3 results in 4 ms · searched for the stable part: …", above the result list (server- and client-rendered alike). */
export function SearchSummary({ response, q }: { response: SearchResponse; q: string }) {
  return (
    <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite" data-testid="result-summary">
      {response.results.length === 0 ? "Nothing matches" : `${response.results.length} result${response.results.length === 1 ? "" : "s"}`} in {response.tookMs} ms
      {response.normalized && response.normalized !== q.trim() ? (
        <>
          {" "}
          · searched for the stable part: <code className="break-all">{response.normalized.slice(0, 300)}</code>
        </>
      ) : null}
    </p>
  );
}
