import type { RunbookMeta } from "./runbook-index";

/** The /runbooks list's filters and sort, as they appear in the URL. Pure: unit-tested. */
export const RUNBOOK_SORTS = ["title", "updated", "incidents"] as const;
export type RunbookSort = (typeof RUNBOOK_SORTS)[number];

export interface RunbookListQuery {
  q: string;
  tag: string;
  component: string;
  sort: RunbookSort;
}

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

export function parseRunbookListQuery(params: Params): RunbookListQuery {
  const sort = first(params.sort);
  return {
    q: first(params.q),
    tag: first(params.tag),
    component: first(params.component),
    sort: (RUNBOOK_SORTS as readonly string[]).includes(sort) ? (sort as RunbookSort) : "title",
  };
}

/** Builds `/runbooks?…` for a query, leaving defaults out so URLs stay short. */
export function runbookListHref(query: Partial<RunbookListQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.tag) params.set("tag", query.tag);
  if (query.component) params.set("component", query.component);
  if (query.sort && query.sort !== "title") params.set("sort", query.sort);
  const search = params.toString();
  return search ? `/runbooks?${search}` : "/runbooks";
}

/**
 * Tag and component filters, then `q`: the runbooks the search ranked for it
 * (`matching`, from lib/search/search-runbooks.ts: the same rules as every
 * other search), in the chosen sort.
 */
export function filterRunbooks(runbooks: RunbookMeta[], query: RunbookListQuery, incidentCounts: Map<string, number>, matching?: ReadonlySet<string>): RunbookMeta[] {
  const matches = runbooks.filter((r) => {
    if (query.tag && !(r.tags as string[]).includes(query.tag)) return false;
    if (query.component && !(r.components as string[]).includes(query.component)) return false;
    return !query.q || (matching?.has(r.slug) ?? false);
  });
  const byTitle = (a: RunbookMeta, b: RunbookMeta) => a.title.localeCompare(b.title);
  const sorters: Record<RunbookSort, (a: RunbookMeta, b: RunbookMeta) => number> = {
    title: byTitle,
    updated: (a, b) => b.updated.localeCompare(a.updated) || byTitle(a, b),
    incidents: (a, b) => (incidentCounts.get(b.slug) ?? 0) - (incidentCounts.get(a.slug) ?? 0) || byTitle(a, b),
  };
  return [...matches].sort(sorters[query.sort]);
}
