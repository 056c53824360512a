"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/components/incidents/lib/api-client";
import type { SearchResponse } from "@/lib/search/search-dto";
import { searchKeys } from "../lib/search-keys";
import { searchPath, type SearchParams } from "../lib/search-path";

/**
 * GET /api/search. Blank queries do not go out (the server would answer 400);
 * while the next query loads, the previous results stay on screen.
 */
export function useSearch(params: SearchParams, options: { enabled?: boolean } = {}) {
  const path = searchPath({ ...params, q: params.q.trim() });
  return useQuery({
    queryKey: searchKeys.results(path),
    queryFn: ({ signal }) => apiFetch<SearchResponse>(path, { signal }),
    enabled: (options.enabled ?? true) && params.q.trim().length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
