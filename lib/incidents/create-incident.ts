import "server-only";
import { authorize, eventVia, type RequestContext } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { indexIncidentSearch } from "@/lib/search/incident-search-index";
import { searchDialect } from "@/lib/search/search-dialect";
import { authorOf } from "./author";
import { assertRunbooksExist } from "./check-runbook-slugs";
import { buildIncidentCreate, incidentDraftFrom, toNestedCreate } from "./build-incident";
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
  const via = eventVia(ctx);
  const built = buildIncidentCreate(incidentDraftFrom(input, reporter, now),
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
