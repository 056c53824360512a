import type { SearchType } from "@/lib/search/search-schemas";

export interface SearchParams {
  q: string;
  type?: SearchType;
  tag?: string;
  limit?: number;
}

/** `/api/search?…` (or `/search?…` for the page) for these parameters, defaults left out. */
export function searchPath(params: SearchParams, base = "/api/search"): string {
  const query = new URLSearchParams({ q: params.q });
  if (params.type) query.set("type", params.type);
  if (params.tag) query.set("tag", params.tag);
  if (params.limit) query.set("limit", String(params.limit));
  return `${base}?${query}`;
}
