/**
 * The derived columns of an incident (see prisma/models/incident.prisma):
 * every write in lib/incidents and lib/alerts sets them from the same
 * function, so search and sorting never disagree with the row. The search
 * index built from searchTokens is brought in step by indexIncidentSearch
 * (lib/search/incident-search-index.ts) in the same transaction.
 */
import { incidentSearchTokens, type SearchableIncident } from "@/lib/search/incident-tokens";

export type SearchableFields = SearchableIncident;

/** Whole seconds from start to resolution; null while unresolved. */
export function resolveSecondsOf(startedAt: Date, resolvedAt: Date | null): number | null {
  return resolvedAt ? Math.round((resolvedAt.getTime() - startedAt.getTime()) / 1000) : null;
}

export function derivedColumns(fields: SearchableFields & { startedAt: Date; resolvedAt: Date | null }) {
  return { searchTokens: incidentSearchTokens(fields), resolveSeconds: resolveSecondsOf(fields.startedAt, fields.resolvedAt) };
}
