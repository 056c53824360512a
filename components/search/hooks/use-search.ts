"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/components/incidents/lib/api-client";
import type { SearchResponse } from "@/lib/search/search-dto";
import { searchKeys } from "../lib/search-keys";
import { searchPath, searchRequest, type SearchParams } from "../lib/search-path";

/**
 * /api/search: GET, or POST with a body when the query is too long for a URL (searchRequest).
 * Blank queries do not go out (the server would answer 400); while the next query loads, the
 * previous results stay on screen.
 */
export function useSearch(params: SearchParams, options: { enabled?: boolean } = {}) {
  const trimmed = { ...params, q: params.q.trim() };
  return useQuery({
    queryKey: searchKeys.results(searchPath(trimmed)),
    queryFn: ({ signal }) => {
      const request = searchRequest(trimmed);
      return request.method === "GET" ? apiFetch<SearchResponse>(request.path, { signal }) : apiFetch<SearchResponse>(request.path, { method: "POST", body: request.body, signal });
    },
    enabled: (options.enabled ?? true) && trimmed.q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
