import "server-only";
import { authorize, type RequestContext } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/incidents/errors";
import { strongOnly } from "./merge-results";
import { toIncidentResults, toRunbookResults } from "./run-search";
import type { IncidentSearchResult, RunbookSearchResult } from "./search-dto";
import { searchIncidents } from "./search-incidents";
import { searchRunbooks } from "./search-runbooks";

export interface IncidentSuggestions {
  /** Past incidents that looked most alike, with how they were fixed and which runbook worked. */
  similar: IncidentSearchResult[];
  /** Runbooks for what this incident looks like; empty when it already links one. */
  runbooks: RunbookSearchResult[];
}

/**
 * For an incident page: the incidents whose title and phenomenon read like
 * this one's, and, while it links no runbook (an alert no runbook claims, a
 * form left without one), the runbooks that match it. Suggested, not linked.
 */
export async function findIncidentSuggestions(ctx: RequestContext, id: number, limits = { similar: 5, runbooks: 3 }): Promise<IncidentSuggestions> {
  authorize(ctx, "incidents:read");
  const incident = await db().incident.findUnique({ where: { id }, select: { title: true, alertname: true, phenomenon: true, _count: { select: { runbooks: true } } } });
  if (!incident) throw new NotFoundError(`Incident ${id} not found`);
  const text = [incident.title, incident.alertname ?? "", incident.phenomenon].join("\n");
  const found = await searchIncidents(text, { excludeId: id, prefix: false });
  const similar = await toIncidentResults(strongOnly(found.results), undefined, limits.similar);
  const runbooks = incident._count.runbooks === 0 ? await toRunbookResults(ctx, strongOnly(searchRunbooks(text, { prefix: false, limit: limits.runbooks }).results)) : [];
  return { similar, runbooks };
}
