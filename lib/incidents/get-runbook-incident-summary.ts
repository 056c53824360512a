import "server-only";
import { z } from "zod";
import { authorize, can, type RequestContext } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { getRunbookUsage } from "@/lib/metrics/get-runbook-usage";
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

/**
 * The incident panel of a runbook page: how often it was needed, how fast
 * incidents were resolved, the latest five. The figures are the dashboard's
 * runbook usage metric over all time (lib/metrics/get-runbook-usage.ts).
 */
export async function getRunbookIncidentSummary(ctx: RequestContext, slug: string): Promise<RunbookIncidentSummary> {
  authorize(ctx, "incidents:read");
  if (!runbookExists(slug)) throw new NotFoundError(`No runbook has the slug "${slug}"`);
  const [[usage], latest] = await Promise.all([
    getRunbookUsage({ slug }),
    db().incident.findMany({
      where: { runbooks: { some: { runbookSlug: slug } } },
      orderBy: [{ startedAt: "desc" }, { id: "desc" }],
      take: 5,
      select: { id: true, title: true, severity: true, status: true, startedAt: true },
    }),
  ]);
  const median = usage?.medianResolveSeconds ?? null;
  return {
    count: usage?.linked ?? 0,
    lastSeen: usage?.lastSeen.toISOString() ?? null,
    medianTimeToResolveMs: median === null ? null : median * 1000,
    fixWorked: { worked: usage?.worked ?? 0, didNot: usage?.didNotWork ?? 0 },
    latest: latest.map((i) => ({ ...i, startedAt: i.startedAt.toISOString() })),
  };
}

/**
 * Incidents linked to each runbook slug, for the counts on /runbooks and on runbook search results.
 * Runbooks are public in every mode, their incident counts are not: null for a caller who may not
 * read incidents, so the page leaves the counts out instead of showing zeros.
 */
export async function countIncidentsByRunbook(ctx: RequestContext): Promise<Map<string, number> | null> {
  if (!can(ctx, "incidents:read")) return null;
  const rows = await db().incidentRunbook.groupBy({ by: ["runbookSlug"], _count: { _all: true } });
  return new Map(rows.map((r) => [r.runbookSlug, r._count._all]));
}
