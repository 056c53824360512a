import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { foldForSearch } from "./incident-derived-columns";
import type { IncidentFilters } from "./incident-schemas";

/** Words of a `q`: every one must appear (in any field). At most 10, so a pasted paragraph stays a cheap query. */
export function searchTerms(q: string | undefined): string[] {
  if (!q) return [];
  return [...new Set(foldForSearch(q).split(/\s+/).filter(Boolean))].slice(0, 10);
}

/** The Prisma filter for the list filters (shared by the list, its cursor pages and export). */
export function incidentWhere(filters: Partial<IncidentFilters>): Prisma.IncidentWhereInput {
  const and: Prisma.IncidentWhereInput[] = [];
  if (filters.status?.length) and.push({ status: { in: filters.status } });
  if (filters.severity?.length) and.push({ severity: { in: filters.severity } });
  if (filters.service) and.push({ service: filters.service });
  if (filters.namespace?.length) and.push({ namespace: { in: filters.namespace } });
  if (filters.runbook) and.push({ runbooks: { some: { runbookSlug: filters.runbook } } });
  if (filters.from) and.push({ startedAt: { gte: filters.from } });
  if (filters.to) and.push({ startedAt: { lte: filters.to } });
  // searchText is already folded (incident-derived-columns.ts), so a plain LIKE ignores case on both providers.
  for (const term of searchTerms(filters.q)) and.push({ searchText: { contains: term } });
  return and.length ? { AND: and } : {};
}
