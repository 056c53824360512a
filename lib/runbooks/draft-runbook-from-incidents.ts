import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { RequestContext } from "@/lib/auth/actor";
import { libraryForDrafts } from "@/lib/incidents/draft-runbook";
import type { IncidentDto } from "@/lib/incidents/incident-dto";
import type { IncidentFilters } from "@/lib/incidents/incident-schemas";
import { listIncidents } from "@/lib/incidents/list-incidents";
import { buildRunbookDraft, type RunbookDraft } from "./build-runbook-draft";

const GUIDE = path.resolve(process.cwd(), "docs/writing-runbooks.md");
const SOURCE_INCIDENTS = 20;

export interface RunbookDraftPage {
  /** The newest incidents the filters select (the runbook gap's), at most 20. */
  incidents: IncidentDto[];
  /** The merged draft of those incidents (the same builder as "Draft a runbook"); null when none matched. */
  draft: RunbookDraft | null;
  /** docs/writing-runbooks.md, the guide the draft follows. */
  guide: string;
}

/**
 * The new-runbook page opened from a dashboard runbook gap: one draft merged
 * from the gap's incidents (the same list filters as its count), built by
 * buildRunbookDraft like the incident page's "Draft a runbook" and
 * `GET /api/runbook-drafts`, and the writing guide.
 */
export async function draftRunbookFromIncidents(ctx: RequestContext, filters: Partial<IncidentFilters>, now = new Date()): Promise<RunbookDraftPage> {
  const { items } = await listIncidents(ctx, { ...filters, limit: SOURCE_INCIDENTS });
  const draft = items.length ? buildRunbookDraft(items, libraryForDrafts(now)) : null;
  return { incidents: items, draft, guide: readFileSync(/*turbopackIgnore: true*/ GUIDE, "utf8") };
}
