import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { tokenize } from "@/lib/search/tokenize";
import type { IncidentFilters } from "./incident-schemas";
import { titleKeyOf } from "./title-key";

/**
 * Tokens of a `q`: every one must be in the incident (in any searchable field), by the search
 * index's rules (case, stemming, Chinese bigrams; see lib/search/tokenize.ts). All of them: a cap
 * of 10 silently ignored every word after the tenth, so an 11th word that matched nothing still
 * listed incidents. q's own limit of 200 characters (incident-list-query-schema.ts) bounds the query instead.
 */
export function searchTerms(q: string | undefined): string[] {
  if (!q) return [];
  return [...new Set(tokenize(q))];
}

/**
 * The Prisma filter for the list filters (shared by the list, its cursor pages and export).
 * `matchingIds`: the incidents the search index found for `q` (see queryIncidents); a `q`
 * without a searchable word matches nothing.
 */
export function incidentWhere(filters: Partial<IncidentFilters>, matchingIds?: number[]): Prisma.IncidentWhereInput {
  const and: Prisma.IncidentWhereInput[] = [];
  if (filters.status?.length) and.push({ status: { in: filters.status } });
  if (filters.severity?.length) and.push({ severity: { in: filters.severity } });
  if (filters.service) and.push({ service: filters.service });
  if (filters.namespace?.length) and.push({ namespace: { in: filters.namespace } });
  if (filters.runbook) and.push({ runbooks: { some: { runbookSlug: filters.runbook } } });
  if (filters.from) and.push({ startedAt: { gte: filters.from } });
  if (filters.to) and.push({ startedAt: { lte: filters.to } });
  if (filters.alertname) and.push({ alertname: filters.alertname });
  if (filters.hasAlert !== undefined) and.push({ alertname: filters.hasAlert ? { not: null } : null });
  if (filters.hasRunbook !== undefined) and.push({ runbooks: filters.hasRunbook ? { some: {} } : { none: {} } });
  if (filters.fixWorked) {
    // Feedback on the filtered runbook's link when there is a runbook filter, else on any link.
    const fixWorked = { true: true, false: false, unknown: null }[filters.fixWorked];
    and.push({ runbooks: { some: { fixWorked, ...(filters.runbook ? { runbookSlug: filters.runbook } : {}) } } });
  }
  for (const time of filters.has ?? []) and.push({ [time]: { not: null } });
  if (filters.similar) and.push({ titleKey: titleKeyOf(filters.similar) });
  if (filters.q) and.push({ id: { in: matchingIds ?? [] } });
  return and.length ? { AND: and } : {};
}
