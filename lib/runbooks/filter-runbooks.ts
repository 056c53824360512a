import type { RunbookMeta } from "./runbook-index";

/** The /runbooks list's filters and sort, as they appear in the URL. Pure: unit-tested. */
export const RUNBOOK_SORTS = ["title", "updated", "incidents"] as const;
export type RunbookSort = (typeof RUNBOOK_SORTS)[number];

/** Runbooks per page of /runbooks: the page's HTML stays the same size however large the library grows. */
export const RUNBOOK_PAGE_SIZE = 20;

export interface RunbookListQuery {
  q: string;
  tag: string;
  component: string;
  sort: RunbookSort;
  /** 1-based; a page past the end shows the last page. */
  page: number;
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
    page: /^[1-9]\d{0,5}$/.test(first(params.page)) ? Number(first(params.page)) : 1,
  };
}

/** Builds `/runbooks?…` for a query, leaving defaults out so URLs stay short. */
export function runbookListHref(query: Partial<RunbookListQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.tag) params.set("tag", query.tag);
  if (query.component) params.set("component", query.component);
  if (query.sort && query.sort !== "title") params.set("sort", query.sort);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `/runbooks?${search}` : "/runbooks";
}

/**
 * Tag and component filters, then `q`: the runbooks the search ranked for it
 * (`matching`, from lib/search/search-runbooks.ts: the same rules as every
 * other search), in the chosen sort.
 */
/** The sorts a reader can choose: by incident count only with the counts, which need incidents:read. */
export function runbookSorts(incidentCounts: ReadonlyMap<string, number> | null): readonly RunbookSort[] {
  return incidentCounts ? RUNBOOK_SORTS : RUNBOOK_SORTS.filter((sort) => sort !== "incidents");
}

/**
 * `incidentCounts` is null for a reader who may not see them; "incidents" then
 * sorts by title, as the sort is not offered.
 */
export function filterRunbooks(runbooks: RunbookMeta[], query: RunbookListQuery, incidentCounts: ReadonlyMap<string, number> | null, matching?: ReadonlySet<string>): RunbookMeta[] {
  const matches = runbooks.filter((r) => {
    if (query.tag && !(r.tags as string[]).includes(query.tag)) return false;
    if (query.component && !(r.components as string[]).includes(query.component)) return false;
    return !query.q || (matching?.has(r.slug) ?? false);
  });
  const byTitle = (a: RunbookMeta, b: RunbookMeta) => a.title.localeCompare(b.title);
  const sorters: Record<RunbookSort, (a: RunbookMeta, b: RunbookMeta) => number> = {
    title: byTitle,
    updated: (a, b) => b.updated.localeCompare(a.updated) || byTitle(a, b),
    incidents: (a, b) => (incidentCounts?.get(b.slug) ?? 0) - (incidentCounts?.get(a.slug) ?? 0) || byTitle(a, b),
  };
  return [...matches].sort(sorters[query.sort]);
}

export interface RunbookPage {
  items: RunbookMeta[];
  /** The page shown: the one asked for, clamped to 1..pages. */
  page: number;
  pages: number;
  /** 0-based index of the first item in the whole result. */
  offset: number;
}

/** One page of a filtered, sorted list. */
export function paginateRunbooks(runbooks: RunbookMeta[], page: number, size = RUNBOOK_PAGE_SIZE): RunbookPage {
  const pages = Math.max(1, Math.ceil(runbooks.length / size));
  const shown = Math.min(Math.max(1, page), pages);
  const offset = (shown - 1) * size;
  return { items: runbooks.slice(offset, offset + size), page: shown, pages, offset };
}
