import { QueryClient } from "@tanstack/react-query";

/** The shared TanStack Query client factory, so every provider and test uses the same defaults. */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 15_000, refetchOnWindowFocus: true, retry: 1 },
      mutations: { retry: 0 },
    },
  });
}
