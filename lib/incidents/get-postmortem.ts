import "server-only";
import type { RequestContext } from "@/lib/auth/actor";
import { listRunbooks } from "@/lib/runbooks/runbook-index";
import { buildPostmortem, type Postmortem } from "./build-postmortem";
import { getIncident } from "./get-incident";

/** The Markdown postmortem of one incident (GET /api/incidents/{id}/postmortem); NotFoundError when there is none. */
export async function getPostmortem(ctx: RequestContext, id: number, now = new Date()): Promise<Postmortem> {
  const incident = await getIncident(ctx, id);
  const runbookTitles = new Map(listRunbooks().map((r) => [r.slug, r.title]));
  return buildPostmortem(incident, { runbookTitles, generatedAt: now });
}
