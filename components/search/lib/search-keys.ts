/** Query keys of the search hooks: one per distinct /api/search URL. */
export const searchKeys = {
  all: ["search"] as const,
  results: (apiPath: string) => ["search", apiPath] as const,
};
