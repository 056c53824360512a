import { Link } from "@/components/ui/link";
import { SeverityBadge, StatusBadge } from "@/components/incidents/severity-badge";
import type { IncidentSearchResult, RunbookSearchResult, SearchResult } from "@/lib/search/search-dto";
import { HighlightedText } from "./highlighted-text";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The full result list of /search: runbooks (with their incident counts), then incidents (with what fixed them). */
export function SearchResultList({ results }: { results: SearchResult[] }) {
  return (
    <ol className="grid gap-3" aria-label="Search results">
      {results.map((result) => (
        <li key={`${result.type}-${result.id}`} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          {result.type === "runbook" ? <RunbookItem result={result} /> : <IncidentItem result={result} />}
          {result.snippet ? (
            <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300" data-testid="snippet">
              <HighlightedText text={result.snippet} highlights={result.highlights} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function RunbookItem({ result }: { result: RunbookSearchResult }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-2">
      <div className="min-w-0">
        <p className="text-xs font-medium uppercase tracking-wide text-sky-700 dark:text-sky-400">{result.kind === "reference" ? "Reference" : "Runbook"}</p>
        <Link href={result.url} className="text-base font-semibold hover:underline">
          {result.title}
        </Link>
        {result.symptom ? <p className="mt-1 text-xs text-emerald-800 dark:text-emerald-300">Matches the symptom “{result.symptom}”</p> : null}
      </div>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        {result.incidentCount === null ? null : (
          <>
            <Link href={`/incidents?runbook=${encodeURIComponent(result.id)}`} className="hover:underline" data-testid="incident-count">
              {plural(result.incidentCount, "incident")}
            </Link>
            {" · "}
          </>
        )}
        {result.tags.join(", ")}
      </p>
    </div>
  );
}

function IncidentItem({ result }: { result: IncidentSearchResult }) {
  return (
    <div>
      <p className="flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
        <span className="font-medium uppercase tracking-wide text-violet-700 dark:text-violet-300">Incident #{result.id}</span>
        <SeverityBadge severity={result.severity} />
        <StatusBadge status={result.status} />
        <span>
          {result.service} · {result.startedAt.slice(0, 10)}
        </span>
      </p>
      <Link href={result.url} className="text-base font-semibold hover:underline">
        {result.title}
      </Link>
      {result.runbooks.length ? (
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          Runbooks:{" "}
          {result.runbooks.map((r, i) => (
            <span key={r.slug}>
              {i ? ", " : ""}
              <Link href={`/runbooks/${r.slug}`} className="text-sky-700 hover:underline dark:text-sky-400">
                {r.title}
              </Link>
              {r.fixWorked === true ? " (fix worked)" : r.fixWorked === false ? " (fix did not work)" : ""}
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
