import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { idsWithAllTokens } from "@/lib/search/incident-search-index";
import { searchDialect } from "@/lib/search/search-dialect";
import { decodeCursor, encodeCursor, type CursorPosition } from "./incident-cursor";
import { incidentWhere, searchTerms } from "./incident-filters";
import { SEVERITIES, STATUSES, type IncidentFilters, type IncidentSortKey, type SortOrder } from "./incident-schemas";

/**
 * One ordered slice of the incident list, for the paged list and for export.
 * Every order ends with the id, so ties (same start time, same title) have a
 * fixed order and keyset cursors neither repeat nor skip rows.
 *
 * Severity and status are enums, and the providers order enums differently
 * (PostgreSQL by declaration, SQLite as text: "mitigated" < "open"), and
 * Prisma has no lt/gt on enums. So those two sorts walk the groups in an order
 * defined here, one query per group, newest first inside each group.
 */

export const INCIDENT_INCLUDE = { runbooks: true } as const satisfies Prisma.IncidentInclude;
export type IncidentWithLinks = Prisma.IncidentGetPayload<{ include: typeof INCIDENT_INCLUDE }>;

export interface IncidentSlice {
  filters: Partial<IncidentFilters>;
  sort: IncidentSortKey;
  order: SortOrder;
  cursor?: string;
  take: number;
}

/** "desc" puts the most pressing first: SEV1 before SEV4, open before mitigated before resolved. */
const GROUPS = {
  severity: { desc: [...SEVERITIES], asc: [...SEVERITIES].reverse() },
  status: { desc: [...STATUSES], asc: [...STATUSES].reverse() },
} as const;

export async function queryIncidents(slice: IncidentSlice): Promise<IncidentWithLinks[]> {
  const after = slice.cursor ? decodeCursor(slice.cursor, slice.sort, slice.order) : undefined;
  // `q` goes through the search index (FTS5 / GIN); the ids it finds restrict the ordinary query, so
  // sorting and keyset cursors work the same with and without it.
  const matchingIds = slice.filters.q ? await idsWithAllTokens(db(), searchDialect(), searchTerms(slice.filters.q)) : undefined;
  const where = incidentWhere(slice.filters, matchingIds);
  if (slice.sort === "severity" || slice.sort === "status") return queryGroups(slice, where, after);
  const rows = await db().incident.findMany({
    where: after ? { AND: [where, afterScalar(slice.sort, slice.order, after)] } : where,
    orderBy: scalarOrder(slice.sort, slice.order),
    take: slice.take,
    include: INCIDENT_INCLUDE,
  });
  return rows;
}

function scalarOrder(sort: "startedAt" | "title" | "timeToResolve", dir: SortOrder): Prisma.IncidentOrderByWithRelationInput[] {
  switch (sort) {
    case "startedAt":
      return [{ startedAt: dir }, { id: dir }];
    case "title":
      return [{ title: dir }, { id: dir }];
    case "timeToResolve":
      // Unresolved incidents have no time to resolve: last in either direction.
      return [{ resolveSeconds: { sort: dir, nulls: "last" } }, { id: dir }];
  }
}

/** Rows strictly after `position` in scalarOrder(sort, dir). */
function afterScalar(sort: "startedAt" | "title" | "timeToResolve", dir: SortOrder, position: CursorPosition): Prisma.IncidentWhereInput {
  const beyond = <T,>(value: T) => (dir === "desc" ? { lt: value } : { gt: value });
  const id = beyond(position.id);
  switch (sort) {
    case "startedAt": {
      const at = new Date(String(position.value));
      return { OR: [{ startedAt: beyond(at) }, { startedAt: at, id }] };
    }
    case "title": {
      const title = String(position.value);
      return { OR: [{ title: beyond(title) }, { title, id }] };
    }
    case "timeToResolve": {
      if (position.value === null) return { resolveSeconds: null, id };
      const seconds = Number(position.value);
      return { OR: [{ resolveSeconds: beyond(seconds) }, { resolveSeconds: seconds, id }, { resolveSeconds: null }] };
    }
  }
}

async function queryGroups(slice: IncidentSlice, where: Prisma.IncidentWhereInput, after: CursorPosition | undefined): Promise<IncidentWithLinks[]> {
  const groups: readonly string[] = GROUPS[slice.sort as "severity" | "status"][slice.order];
  const start = after ? groups.indexOf(String(after.value)) : 0;
  const rows: IncidentWithLinks[] = [];
  for (const group of groups.slice(start)) {
    if (rows.length >= slice.take) break;
    const inGroup: Prisma.IncidentWhereInput =
      slice.sort === "severity" ? { severity: group as (typeof SEVERITIES)[number] } : { status: group as (typeof STATUSES)[number] };
    const conditions = [where, inGroup];
    if (after && group === after.value) {
      const at = new Date(after.startedAt);
      conditions.push({ OR: [{ startedAt: { lt: at } }, { startedAt: at, id: { lt: after.id } }] });
    }
    rows.push(
      ...(await db().incident.findMany({
        where: { AND: conditions },
        orderBy: [{ startedAt: "desc" }, { id: "desc" }],
        take: slice.take - rows.length,
        include: INCIDENT_INCLUDE,
      })),
    );
  }
  return rows;
}

/** The cursor that continues after `row` in this sort. */
export function cursorAfter(row: IncidentWithLinks, sort: IncidentSortKey, order: SortOrder): string {
  const value: CursorPosition["value"] = {
    startedAt: row.startedAt.toISOString(),
    title: row.title,
    timeToResolve: row.resolveSeconds,
    severity: row.severity,
    status: row.status,
  }[sort];
  return encodeCursor(sort, order, { value, startedAt: row.startedAt.toISOString(), id: row.id });
}
