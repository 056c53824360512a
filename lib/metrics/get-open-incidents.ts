import "server-only";
import { db } from "@/lib/db/client";
import { SEVERITIES, type IncidentStatus, type Severity } from "@/lib/incidents/incident-schemas";

export const OPEN_STATUSES = ["open", "mitigated"] as const satisfies readonly IncidentStatus[];
export type OpenStatus = (typeof OPEN_STATUSES)[number];

export interface OpenIncidents {
  /** Every (status, severity) pair, zeros included, open first, SEV1 first. */
  counts: { status: OpenStatus; severity: Severity; count: number }[];
  total: number;
  /** The unresolved incident that started first. */
  oldest: { id: number; title: string; severity: Severity; status: OpenStatus; startedAt: Date } | null;
}

/** What is burning now: unresolved incidents whenever they started (no range: an old open incident is still open). */
export async function getOpenIncidents(): Promise<OpenIncidents> {
  const where = { status: { in: [...OPEN_STATUSES] } };
  const [groups, oldest] = await Promise.all([
    db().incident.groupBy({ by: ["status", "severity"], where, _count: { _all: true } }),
    db().incident.findFirst({ where, orderBy: [{ startedAt: "asc" }, { id: "asc" }], select: { id: true, title: true, severity: true, status: true, startedAt: true } }),
  ]);
  const counts = OPEN_STATUSES.flatMap((status) =>
    SEVERITIES.map((severity) => ({ status, severity, count: groups.find((g) => g.status === status && g.severity === severity)?._count._all ?? 0 })),
  );
  return {
    counts,
    total: counts.reduce((sum, c) => sum + c.count, 0),
    oldest: oldest ? { ...oldest, status: oldest.status as OpenStatus } : null,
  };
}
