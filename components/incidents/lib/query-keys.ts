/**
 * Query keys of the incident hooks. Everything starts with "incidents", so one
 * invalidateQueries({ queryKey: incidentKeys.all }) after a write refreshes the
 * list pages and the incident pages alike.
 */
export const incidentKeys = {
  all: ["incidents"] as const,
  list: (apiPath: string) => ["incidents", "list", apiPath] as const,
  detail: (id: number) => ["incidents", "detail", id] as const,
  /** Generated write-ups: under "incidents" so a write refreshes them too. */
  runbookDraft: (ids: readonly number[]) => ["incidents", "runbook-draft", ...ids] as const,
  postmortem: (id: number) => ["incidents", "postmortem", id] as const,
};
