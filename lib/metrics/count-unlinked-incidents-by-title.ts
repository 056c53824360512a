import "server-only";
import { queryBuilder, toNumber } from "@/lib/db/query-builder";
import type { MetricRange } from "./metric-range";
import { startedWithin } from "./started-within";
import { noRunbookLinked } from "./unlinked";

export interface TitleGroupCount {
  service: string;
  /** The shared title key (lib/incidents/title-key.ts). */
  titleKey: string;
  /** One title of the group, to show; the list's `similar` filter takes it back (its key is the group's). */
  title: string;
  count: number;
  lastSeen: Date;
}

export interface TitleGroupQuery {
  range: Pick<MetricRange, "from" | "to">;
  minCount?: number;
  limit?: number;
}

/**
 * Recurring incidents that no runbook is linked to and no alert opened
 * (alert-opened ones are grouped by alert name instead): grouped by service
 * and title key, most first.
 */
export async function countUnlinkedIncidentsByTitle({ range, minCount = 2, limit = 10 }: TitleGroupQuery): Promise<TitleGroupCount[]> {
  const groups = await queryBuilder()
    .selectFrom("Incident")
    .select((eb) => [
      "Incident.service",
      "Incident.titleKey",
      eb.fn.countAll<number | bigint>().as("count"),
      eb.fn.max("Incident.startedAt").as("lastSeen"),
      // The titles of a group differ only in what the key folds away: any one of them shows what it is.
      // Its id, not the title itself, so the query stays on the covering index (Incident_metrics_idx).
      eb.fn.max("Incident.id").as("exampleId"),
    ])
    .where(startedWithin(range))
    .where("Incident.alertname", "is", null)
    .where("Incident.titleKey", "is not", null)
    .where("Incident.titleKey", "<>", "")
    .where(noRunbookLinked)
    .groupBy(["Incident.service", "Incident.titleKey"])
    .having((eb) => eb.fn.countAll(), ">=", minCount)
    .orderBy("count", "desc")
    .orderBy("lastSeen", "desc")
    .orderBy("Incident.service")
    .orderBy("Incident.titleKey")
    .limit(limit)
    .execute();
  if (groups.length === 0) return [];
  const examples = await queryBuilder()
    .selectFrom("Incident")
    .select(["Incident.id", "Incident.title"])
    .where("Incident.id", "in", groups.map((g) => Number(g.exampleId)))
    .execute();
  const titleOf = new Map(examples.map((e) => [e.id, e.title]));
  return groups.flatMap((group) =>
    group.titleKey === null
      ? []
      : [{ service: group.service, titleKey: group.titleKey, title: titleOf.get(Number(group.exampleId)) ?? group.titleKey, count: toNumber(group.count) ?? 0, lastSeen: new Date(group.lastSeen) }],
  );
}
