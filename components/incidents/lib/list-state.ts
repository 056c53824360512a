import {
  LIST_LIMIT_DEFAULT,
  type FixWorkedFilter,
  type IncidentSortKey,
  type MilestoneTime,
  type IncidentStatus,
  type Severity,
  type SortOrder,
} from "@/lib/incidents/incident-vocabulary";

/**
 * The incident list's state, which lives entirely in the page URL so a link
 * reproduces the view. Pure functions: state → URL, API and export URLs (URL → state
 * is parse-list-state.ts, which needs zod; this module must not).
 * `cursors` is the trail of pages walked (repeated `cursor` params), so
 * "Previous" works without the API having to page backwards.
 */
export interface ListState {
  status: IncidentStatus[];
  severity: Severity[];
  service: string;
  namespace: string[];
  runbook: string;
  from: string;
  to: string;
  q: string;
  alertname: string;
  /** "" for either, else the yes/no filter's value. */
  hasAlert: YesNo;
  hasRunbook: YesNo;
  fixWorked: FixWorkedFilter | "";
  has: MilestoneTime[];
  similar: string;
  sort: IncidentSortKey;
  order: SortOrder;
  cursors: string[];
  limit: number;
}

export type YesNo = "" | "true" | "false";
export const YES_NO = ["true", "false"] as const;

export type ListFilters = Pick<
  ListState,
  "status" | "severity" | "service" | "namespace" | "runbook" | "from" | "to" | "q" | "alertname" | "hasAlert" | "hasRunbook" | "fixWorked" | "has" | "similar"
>;
const TEXT_FILTERS = ["service", "runbook", "from", "to", "q", "alertname", "hasAlert", "hasRunbook", "fixWorked", "similar"] as const;

export const DEFAULT_LIST_STATE: ListState = {
  status: [],
  severity: [],
  service: "",
  namespace: [],
  runbook: "",
  from: "",
  to: "",
  q: "",
  alertname: "",
  hasAlert: "",
  hasRunbook: "",
  fixWorked: "",
  has: [],
  similar: "",
  sort: "startedAt",
  order: "desc",
  cursors: [],
  limit: LIST_LIMIT_DEFAULT,
};

function appendFilters(params: URLSearchParams, state: ListFilters): URLSearchParams {
  if (state.status.length) params.set("status", state.status.join(","));
  if (state.severity.length) params.set("severity", state.severity.join(","));
  if (state.namespace.length) params.set("namespace", state.namespace.join(","));
  if (state.has.length) params.set("has", state.has.join(","));
  for (const key of TEXT_FILTERS) {
    const value = state[key].trim();
    if (value) params.set(key, value);
  }
  return params;
}

function appendSort(params: URLSearchParams, state: ListState): URLSearchParams {
  if (state.sort !== DEFAULT_LIST_STATE.sort) params.set("sort", state.sort);
  if (state.order !== DEFAULT_LIST_STATE.order) params.set("order", state.order);
  if (state.limit !== DEFAULT_LIST_STATE.limit) params.set("limit", String(state.limit));
  return params;
}

/** The page's query string; defaults are left out so a plain /incidents stays plain. */
export function listStateToSearch(state: ListState): string {
  const params = appendSort(appendFilters(new URLSearchParams(), state), state);
  for (const cursor of state.cursors) params.append("cursor", cursor);
  return params.toString();
}

/** GET /api/incidents?… for the current page (the last cursor of the trail). */
export function listApiPath(state: ListState): string {
  const params = appendSort(appendFilters(new URLSearchParams(), state), state);
  const cursor = state.cursors.at(-1);
  if (cursor) params.set("cursor", cursor);
  const search = params.toString();
  return search ? `/api/incidents?${search}` : "/api/incidents";
}

/** Export takes the filters only: every matching incident, not one page. */
export function exportHref(state: ListFilters, format: "csv" | "json"): string {
  const params = appendFilters(new URLSearchParams({ format }), state);
  return `/api/incidents/export?${params.toString()}`;
}

/** Any change of filters or sort starts again at the first page. */
export function changeFilters(state: ListState, change: Partial<Omit<ListState, "cursors">>): ListState {
  return { ...state, ...change, cursors: [] };
}

/** Click on a column header: the same column flips the order, another column starts with its natural order. */
export function toggleSort(state: ListState, key: IncidentSortKey): ListState {
  if (state.sort === key) return changeFilters(state, { order: state.order === "desc" ? "asc" : "desc" });
  return changeFilters(state, { sort: key, order: key === "title" ? "asc" : "desc" });
}

export function nextPage(state: ListState, nextCursor: string): ListState {
  return { ...state, cursors: [...state.cursors, nextCursor] };
}

export function previousPage(state: ListState): ListState {
  return { ...state, cursors: state.cursors.slice(0, -1) };
}

export function hasFilters(state: ListFilters): boolean {
  return Boolean(state.status.length || state.severity.length || state.namespace.length || state.has.length || TEXT_FILTERS.some((key) => state[key].trim()));
}

/** The incident list page showing these filters (dashboard links, "see all" links). */
export function incidentListHref(filters: Partial<ListState>): string {
  const search = listStateToSearch({ ...DEFAULT_LIST_STATE, ...filters });
  return search ? `/incidents?${search}` : "/incidents";
}
