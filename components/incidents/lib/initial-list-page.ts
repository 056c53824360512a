import type { IncidentListDto } from "@/lib/incidents/incident-dto";

/** A page of the list loaded with the HTML, for the API path it answers (app/(ops)/incidents/_lib/load-first-list-page.ts). */
export interface InitialListPage {
  path: string;
  data: IncidentListDto;
  /** When the server loaded it (ms since the epoch): it goes stale like a fetched page would. */
  fetchedAt: number;
}

/** The initial page's data for this API path, or undefined when the list now shows another path (other filters, another page). */
export function initialDataFor(initial: InitialListPage | null | undefined, path: string): Pick<InitialListPage, "data" | "fetchedAt"> | undefined {
  return initial && initial.path === path ? initial : undefined;
}
