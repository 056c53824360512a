import { z } from "zod";
import { db } from "@/lib/db/client";
import { runbookExists } from "@/lib/runbooks/runbook-index";
import { NotFoundError } from "./errors";
import { SEVERITIES, STATUSES } from "./incident-schemas";

export const runbookIncidentSummarySchema = z
  .object({
    count: z.number().int(),
    lastSeen: z.iso.datetime().nullable(),
    medianTimeToResolveMs: z.number().nullable(),
    fixWorked: z.object({ worked: z.number().int(), didNot: z.number().int() }).describe("How often the runbook's fix was marked as having worked, of the links with feedback."),
    latest: z.array(z.object({ id: z.number().int(), title: z.string(), severity: z.enum(SEVERITIES), status: z.enum(STATUSES), startedAt: z.iso.datetime() })),
  })
  .meta({ id: "RunbookIncidentSummary" });
export type RunbookIncidentSummary = z.infer<typeof runbookIncidentSummarySchema>;

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The incident panel of a runbook page: how often it was needed, how fast incidents were resolved, the latest five. */
export async function getRunbookIncidentSummary(slug: string): Promise<RunbookIncidentSummary> {
  if (!runbookExists(slug)) throw new NotFoundError(`No runbook has the slug "${slug}"`);
  const where = { runbooks: { some: { runbookSlug: slug } } };
  const [count, latest, resolved, feedback] = await Promise.all([
    db().incident.count({ where }),
    db().incident.findMany({
      where,
      orderBy: [{ startedAt: "desc" }, { id: "desc" }],
      take: 5,
      select: { id: true, title: true, severity: true, status: true, startedAt: true },
    }),
    db().incident.findMany({ where: { ...where, resolvedAt: { not: null } }, select: { startedAt: true, resolvedAt: true } }),
    db().incidentRunbook.groupBy({ by: ["fixWorked"], where: { runbookSlug: slug, fixWorked: { not: null } }, _count: { _all: true } }),
  ]);
  const durations = resolved.flatMap((i) => (i.resolvedAt ? [i.resolvedAt.getTime() - i.startedAt.getTime()] : []));
  return {
    count,
    lastSeen: latest[0]?.startedAt.toISOString() ?? null,
    medianTimeToResolveMs: median(durations),
    fixWorked: {
      worked: feedback.find((f) => f.fixWorked === true)?._count._all ?? 0,
      didNot: feedback.find((f) => f.fixWorked === false)?._count._all ?? 0,
    },
    latest: latest.map((i) => ({ ...i, startedAt: i.startedAt.toISOString() })),
  };
}

/** Incidents linked to each runbook slug, for the counts on /runbooks. */
export async function countIncidentsByRunbook(): Promise<Map<string, number>> {
  const rows = await db().incidentRunbook.groupBy({ by: ["runbookSlug"], _count: { _all: true } });
  return new Map(rows.map((r) => [r.runbookSlug, r._count._all]));
}
