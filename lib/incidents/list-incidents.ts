import { db } from "@/lib/db/client";

export interface ListIncidentsOptions {
  limit?: number;
}

/** Newest first. (Filters, sorting and cursors arrive with the incident list.) */
export async function listIncidents({ limit = 50 }: ListIncidentsOptions = {}) {
  const items = await db().incident.findMany({
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: limit,
    include: { runbooks: { select: { runbookSlug: true, fixWorked: true } } },
  });
  return { items };
}
