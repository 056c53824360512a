/**
 * The derived columns of an incident (see prisma/models/incident.prisma):
 * every write in lib/incidents and lib/alerts sets them from the same
 * function, so search and sorting never disagree with the row. The search
 * index built from searchTokens is brought in step by indexIncidentSearch
 * (lib/search/incident-search-index.ts) in the same transaction.
 */
import { incidentSearchTokens, type SearchableIncident } from "@/lib/search/incident-tokens";
import { titleKeyOf } from "./title-key";

export type SearchableFields = SearchableIncident;

/** Whole seconds from start to resolution; null while unresolved. */
export function resolveSecondsOf(startedAt: Date, resolvedAt: Date | null): number | null {
  return secondsSinceStart(startedAt, resolvedAt);
}

/** Whole seconds from the start to a later milestone (detected, mitigated, resolved); null when it has no time. */
export function secondsSinceStart(startedAt: Date, at: Date | null): number | null {
  return at ? Math.round((at.getTime() - startedAt.getTime()) / 1000) : null;
}

/** The times the dashboard's time-to-detect/mitigate/resolve percentiles read (lib/metrics), as whole seconds. */
export interface IncidentMilestones {
  startedAt: Date;
  detectedAt: Date | null;
  mitigatedAt: Date | null;
  resolvedAt: Date | null;
}

export function derivedColumns(fields: SearchableFields & IncidentMilestones) {
  return {
    searchTokens: incidentSearchTokens(fields),
    resolveSeconds: resolveSecondsOf(fields.startedAt, fields.resolvedAt),
    detectSeconds: secondsSinceStart(fields.startedAt, fields.detectedAt),
    mitigateSeconds: secondsSinceStart(fields.startedAt, fields.mitigatedAt),
    titleKey: titleKeyOf(fields.title),
  };
}
