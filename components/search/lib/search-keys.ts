/** Query keys of the search hooks: one per distinct search, named by its GET /api/search URL (also when it goes by POST). */
export const searchKeys = {
  all: ["search"] as const,
  results: (apiPath: string) => ["search", apiPath] as const,
};
