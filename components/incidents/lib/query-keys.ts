/**
 * Query keys of the incident hooks. Everything starts with "incidents", so one
 * invalidateQueries({ queryKey: incidentKeys.all }) after a write refreshes the
 * list pages and the incident pages alike.
 */
export const incidentKeys = {
  all: ["incidents"] as const,
  list: (apiPath: string) => ["incidents", "list", apiPath] as const,
  detail: (id: number) => ["incidents", "detail", id] as const,
};
