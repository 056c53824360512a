import { db } from "@/lib/db/client";
import type { IncidentStatus, Severity } from "@/lib/db/generated/sqlite/enums";

export interface DashboardSummary {
  openCount: number;
  mitigatedCount: number;
  last30DaysBySeverity: Record<Severity, number>;
  recent: { id: number; title: string; severity: Severity; status: IncidentStatus; service: string; startedAt: Date }[];
}

const SEVERITIES: Severity[] = ["SEV1", "SEV2", "SEV3", "SEV4"];

/** Counts for the dashboard, computed in the database. */
export async function getDashboardSummary(now = new Date()): Promise<DashboardSummary> {
  const since = new Date(now.getTime() - 30 * 24 * 3600_000);
  const [byStatus, bySeverity, recent] = await Promise.all([
    db().incident.groupBy({ by: ["status"], _count: { _all: true }, where: { status: { in: ["open", "mitigated"] } } }),
    db().incident.groupBy({ by: ["severity"], _count: { _all: true }, where: { startedAt: { gte: since } } }),
    db().incident.findMany({
      orderBy: [{ startedAt: "desc" }, { id: "desc" }],
      take: 8,
      select: { id: true, title: true, severity: true, status: true, service: true, startedAt: true },
    }),
  ]);
  const count = (status: IncidentStatus) => byStatus.find((r) => r.status === status)?._count._all ?? 0;
  return {
    openCount: count("open"),
    mitigatedCount: count("mitigated"),
    last30DaysBySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, bySeverity.find((r) => r.severity === s)?._count._all ?? 0])) as Record<Severity, number>,
    recent,
  };
}
