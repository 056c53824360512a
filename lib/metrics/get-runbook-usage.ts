import "server-only";
import { sql, type RawBuilder } from "kysely";
import { queryBuilder, toNumber } from "@/lib/db/query-builder";
import { metricsDialect } from "./dialects/current-metrics-dialect";
import type { MetricRange } from "./metric-range";
import { startedWithin } from "./started-within";

export interface RunbookUsage {
  slug: string;
  /** Incidents linked to the runbook. */
  linked: number;
  /** Start of the newest of them. */
  lastSeen: Date;
  /** Feedback on the link: the fix worked, did not, or nobody said yet. */
  worked: number;
  didNotWork: number;
  noFeedback: number;
  /** Linked incidents that are resolved, and their median time to resolve in whole seconds (null: none resolved). */
  resolved: number;
  medianResolveSeconds: number | null;
}

export interface RunbookUsageQuery {
  /** Incidents started in this range; all time when absent (the runbook page's panel). */
  range?: Pick<MetricRange, "from" | "to">;
  /** One runbook only. */
  slug?: string;
  /** Runbooks linked at least this often (effectiveness: 3, recurring: 2). */
  minLinked?: number;
  /** At most this many runbooks; all when absent. */
  limit?: number;
}

/**
 * How runbooks were used: links, feedback and time to resolve per runbook,
 * most linked first (then most recently seen, then slug). One grouped join
 * serves the dashboard's recurring runbooks and runbook effectiveness and the
 * runbook page's incident panel.
 */
export async function getRunbookUsage({ range, slug, minLinked = 1, limit }: RunbookUsageQuery = {}): Promise<RunbookUsage[]> {
  const { percentile } = metricsDialect();
  const feedback = (condition: RawBuilder<boolean>) => sql<number | bigint>`sum(case when ${condition} then 1 else 0 end)`;
  const fixWorked = sql.ref("IncidentRunbook.fixWorked");
  let query = queryBuilder()
    .selectFrom("IncidentRunbook")
    .innerJoin("Incident", "Incident.id", "IncidentRunbook.incidentId")
    .select((eb) => [
      "IncidentRunbook.runbookSlug as slug",
      eb.fn.countAll<number | bigint>().as("linked"),
      eb.fn.max("Incident.startedAt").as("lastSeen"),
      // Booleans are 0/1 in SQLite and true/false in PostgreSQL: test them as conditions, the same SQL on both.
      feedback(sql<boolean>`${fixWorked}`).as("worked"),
      feedback(sql<boolean>`not ${fixWorked}`).as("didNotWork"),
      feedback(sql<boolean>`${fixWorked} is null`).as("noFeedback"),
      eb.fn.count<number | bigint>("Incident.resolveSeconds").as("resolved"),
      percentile("Incident.resolveSeconds", 0.5).as("medianResolve"),
    ])
    .groupBy("IncidentRunbook.runbookSlug")
    .having((eb) => eb.fn.countAll(), ">=", minLinked)
    .orderBy("linked", "desc")
    .orderBy("lastSeen", "desc")
    .orderBy("slug");
  if (limit !== undefined) query = query.limit(limit);
  if (range) query = query.where(startedWithin(range));
  if (slug) query = query.where("IncidentRunbook.runbookSlug", "=", slug);
  const rows = await query.execute();
  return rows.map((row) => ({
    slug: row.slug,
    linked: toNumber(row.linked) ?? 0,
    lastSeen: new Date(row.lastSeen),
    worked: toNumber(row.worked) ?? 0,
    didNotWork: toNumber(row.didNotWork) ?? 0,
    noFeedback: toNumber(row.noFeedback) ?? 0,
    resolved: toNumber(row.resolved) ?? 0,
    medianResolveSeconds: row.medianResolve === null ? null : Math.round(row.medianResolve),
  }));
}
