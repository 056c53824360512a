import "server-only";
import { can, type RequestContext } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { countIncidentsByRunbook } from "@/lib/incidents/get-runbook-incident-summary";
import { getRunbookEntry, listRunbooks } from "@/lib/runbooks/runbook-index";
import type { RankedRunbook } from "./rank-runbooks";
import type { RankedIncident } from "./rank-incidents";
import { mergeResults, strongOnly } from "./merge-results";
import { splitPhenomenon } from "./read-runbook-search-sources";
import { searchIncidents } from "./search-incidents";
import { searchRunbooks } from "./search-runbooks";
import type { IncidentSearchResult, RunbookSearchResult, SearchResponse, SearchResult } from "./search-dto";
import type { SearchQuery } from "./search-schemas";
import { bestSnippet, plainText } from "./snippet";

/**
 * GET /api/search, the /search page and the palette: runbooks ranked in
 * memory, incidents ranked from the database, one list (runbooks first).
 * Runbooks are public; incidents only for a caller who may read them (the
 * /search page is reachable signed out in the proxy and oidc modes).
 */
export async function runSearch(ctx: RequestContext, query: SearchQuery & { prefix?: boolean }): Promise<SearchResponse> {
  const started = performance.now();
  const options = { prefix: query.prefix };
  const withIncidents = query.type !== "runbook" && can(ctx, "incidents:read");
  const runbookSide = query.type === "incident" ? null : searchRunbooks(query.q, { ...options, tag: query.tag });
  const incidentSide = withIncidents ? await searchIncidents(query.q, options) : null;
  const runbooks = runbookSide ? await toRunbookResults(ctx, runbookSide.results.slice(0, query.limit)) : [];
  const incidents = incidentSide ? await toIncidentResults(incidentSide.results, query.tag, query.limit) : [];
  const results: SearchResult[] = query.type ? [...strongOnly(runbooks), ...strongOnly(incidents)] : mergeResults(runbooks, incidents, query.limit);
  return {
    query: query.q,
    normalized: runbookSide?.normalized ?? incidentSide?.normalized ?? "",
    tookMs: Math.round((performance.now() - started) * 10) / 10,
    results,
  };
}

const round = (score: number) => Math.round(score * 1000) / 1000;
const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, text.lastIndexOf(" ", max - 1) > max / 2 ? text.lastIndexOf(" ", max - 1) : max - 1)}…` : text);

/** Runbook hits as results; each carries its linked-incident count only for a caller who may read incidents. */
export async function toRunbookResults(ctx: RequestContext, ranked: RankedRunbook[]): Promise<RunbookSearchResult[]> {
  if (ranked.length === 0) return [];
  const counts = await countIncidentsByRunbook(ctx);
  return ranked.flatMap((r) => {
    const entry = getRunbookEntry(r.slug);
    if (!entry) return [];
    const { meta } = entry;
    const snippet = bestSnippet([r.symptom ?? "", meta.summary, splitPhenomenon(entry.body).phenomenon], r.hits);
    return [
      {
        type: "runbook" as const,
        id: meta.slug,
        title: meta.title,
        url: `/runbooks/${meta.slug}`,
        snippet: snippet.text,
        highlights: snippet.highlights,
        score: round(r.score),
        kind: meta.kind,
        tags: [...meta.tags],
        symptom: r.symptom,
        incidentCount: counts ? (counts.get(meta.slug) ?? 0) : null,
      },
    ];
  });
}

/** Ranked incidents as results, in rank order; `tag` keeps those linked to a runbook with that tag. */
export async function toIncidentResults(ranked: RankedIncident[], tag: string | undefined, limit: number): Promise<IncidentSearchResult[]> {
  if (ranked.length === 0) return [];
  const tagged = tag ? new Set(listRunbooks().filter((r) => (r.tags as string[]).includes(tag)).map((r) => r.slug)) : null;
  const rows = await db().incident.findMany({
    where: { id: { in: ranked.map((r) => r.id) }, ...(tagged ? { runbooks: { some: { runbookSlug: { in: [...tagged] } } } } : {}) },
    select: {
      id: true, title: true, severity: true, status: true, service: true, startedAt: true,
      phenomenon: true, cause: true, fix: true, result: true,
      runbooks: { select: { runbookSlug: true, fixWorked: true }, orderBy: { linkedAt: "asc" } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ranked.flatMap((r) => {
    const row = byId.get(r.id);
    if (!row) return [];
    const snippet = bestSnippet([row.phenomenon, row.cause, row.fix, row.result], r.hits);
    return [
      {
        type: "incident" as const,
        id: String(row.id),
        title: row.title,
        url: `/incidents/${row.id}`,
        snippet: snippet.text,
        highlights: snippet.highlights,
        score: round(r.score),
        severity: row.severity,
        status: row.status,
        service: row.service,
        startedAt: row.startedAt.toISOString(),
        fix: truncate(plainText(row.fix), 300),
        runbooks: row.runbooks.map((l) => ({ slug: l.runbookSlug, title: getRunbookEntry(l.runbookSlug)?.meta.title ?? l.runbookSlug, fixWorked: l.fixWorked })),
      },
    ];
  }).slice(0, limit);
}
