import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { IncidentDto } from "@/lib/incidents/incident-dto";
import type { IncidentFilters } from "@/lib/incidents/incident-schemas";
import { listIncidents } from "@/lib/incidents/list-incidents";
import { draftRunbook, type RunbookDraft } from "./runbook-draft";

const GUIDE = path.resolve(process.cwd(), "docs/writing-runbooks.md");
const SOURCE_INCIDENTS = 20;

export interface RunbookDraftPage {
  /** The newest incidents the filters select (the runbook gap's), at most 20. */
  incidents: IncidentDto[];
  draft: RunbookDraft;
  /** docs/writing-runbooks.md, the guide the draft follows. */
  guide: string;
}

/**
 * The new-runbook page opened from a dashboard runbook gap: a skeleton built
 * from the gap's incidents (the same list filters as its count) and the
 * writing guide. Drafts saved as files come with the CLI later.
 */
export async function draftRunbookFromIncidents(filters: Partial<IncidentFilters>, now = new Date()): Promise<RunbookDraftPage> {
  const { items } = await listIncidents({ ...filters, limit: SOURCE_INCIDENTS });
  return { incidents: items, draft: draftRunbook(items, now), guide: readFileSync(/*turbopackIgnore: true*/ GUIDE, "utf8") };
}
