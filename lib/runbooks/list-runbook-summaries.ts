import "server-only";
import type { RunbookList } from "./runbook-list-dto";
import { listRunbooks } from "./runbook-index";

/** The runbook list of GET /api/runbooks, by title. */
export function listRunbookSummaries(): RunbookList {
  return {
    runbooks: listRunbooks().map((r) => ({ slug: r.slug, title: r.title, summary: r.summary, kind: r.kind, tags: [...r.tags], alerts: [...r.alerts], url: `/runbooks/${r.slug}` })),
  };
}
