import "server-only";
import { authorize, eventVia, type RequestContext } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { indexIncidentSearch } from "@/lib/search/incident-search-index";
import { searchDialect } from "@/lib/search/search-dialect";
import { authorOf } from "./author";
import { assertRunbooksExist } from "./check-runbook-slugs";
import { buildIncidentCreate, toNestedCreate } from "./build-incident";
import { toIncidentDto, type IncidentDto } from "./incident-dto";
import type { IncidentCreate } from "./incident-schemas";
import { INCIDENT_INCLUDE } from "./query-incidents";

/**
 * Logs an incident (form or API) with its runbook links and the opening
 * timeline events and its search index entry, in one transaction. Input is
 * incidentCreateSchema's output; the reporter is the actor (or, anonymously,
 * the name given).
 */
export async function createIncident(ctx: RequestContext, input: IncidentCreate, now = new Date()): Promise<IncidentDto> {
  authorize(ctx, "incidents:write");
  const reporter = authorOf(ctx, input.reporter, "reporter");
  assertRunbooksExist(input.runbooks);
  // A status past "open" needs its time; when not given it is now (never before the start).
  const statusTime = new Date(Math.max(now.getTime(), input.startedAt.getTime()));
  const mitigatedAt = input.mitigatedAt ?? (input.status === "mitigated" ? statusTime : null);
  const resolvedAt = input.status === "resolved" ? (input.resolvedAt ?? statusTime) : null;
  const via = eventVia(ctx);
  const built = buildIncidentCreate(
    {
      title: input.title,
      severity: input.severity,
      status: input.status,
      service: input.service,
      environment: input.environment,
      host: input.host ?? null,
      namespace: input.namespace ?? null,
      source: input.source,
      phenomenon: input.phenomenon,
      cause: input.cause,
      fix: input.fix,
      result: input.result,
      reporter,
      startedAt: input.startedAt,
      detectedAt: input.detectedAt ?? null,
      mitigatedAt,
      resolvedAt,
      createdAt: now,
    },
    {
      text: "refuse",
      links: input.runbooks.map((slug) => ({ slug, linkedAt: now })),
      events: [
        { kind: "created", at: now, author: reporter, via, message: `Incident logged${input.status === "open" ? "" : ` as ${input.status}`}: ${input.title}` },
        ...input.runbooks.map((slug) => ({ kind: "runbook_linked" as const, at: now, author: reporter, via, message: `Linked runbook ${slug}` })),
      ],
    },
  );
  const row = await db().$transaction(async (tx) => {
    const created = await tx.incident.create({ data: toNestedCreate(built), include: INCIDENT_INCLUDE });
    await indexIncidentSearch(tx, searchDialect(), created.id, null, built.row.searchTokens);
    return created;
    // Writers queue for SQLite's one write lock: 200 concurrent creates on a busy machine waited longer than Prisma's 2 s default.
  }, { maxWait: 30_000, timeout: 30_000 });
  return toIncidentDto(row);
}
