import "server-only";
import { findRunbookByAlert, findRunbookForAlertPage, getRunbookEntry } from "@/lib/runbooks/runbook-index";
import { strongOnly } from "@/lib/search/merge-results";
import { searchRunbooks } from "@/lib/search/search-runbooks";
import type { RunbookCatalogue } from "./check-alert-rules";

/**
 * The runbooks of this checkout (content/runbooks, validated as content:check
 * does), searched with the same ranker as /search: works offline, in CI.
 */
export function localRunbookCatalogue(): RunbookCatalogue {
  const brief = (slug: string) => {
    const entry = getRunbookEntry(slug);
    return entry ? { slug, title: entry.meta.title } : undefined;
  };
  const short = (found: { slug: string; title: string } | undefined) => (found ? { slug: found.slug, title: found.title } : undefined);
  return {
    runbook: brief,
    runbookForAlert: (alert) => short(findRunbookByAlert(alert)),
    runbookForAlertPage: (name) => short(findRunbookForAlertPage(name)),
    search: async (text, limit) =>
      strongOnly(searchRunbooks(text, { limit }).results)
        .slice(0, limit)
        .flatMap((r) => {
          const found = brief(r.slug);
          return found ? [{ ...found, score: Math.round(r.score * 1000) / 1000 }] : [];
        }),
  };
}
