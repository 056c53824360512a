import "server-only";
import { listRunbooks } from "@/lib/runbooks/runbook-index";
import type { MetricRange } from "./metric-range";

export interface UpdatedRunbook {
  slug: string;
  title: string;
  /** Frontmatter `updated`, YYYY-MM-DD. */
  updated: string;
  /** Updated inside the dashboard's range. */
  inRange: boolean;
}

export interface RecentlyUpdatedRunbooks {
  latest: UpdatedRunbook[];
  /** How many runbooks were updated inside the range (all of them, not only the latest shown). */
  updatedInRange: number;
}

/** The runbooks (not reference pages) whose frontmatter `updated` is newest (ties: title), marked when inside the range. */
export function listRecentlyUpdatedRunbooks(range: Pick<MetricRange, "fromDay" | "toDay">, limit = 6): RecentlyUpdatedRunbooks {
  const inRange = (updated: string) => updated >= range.fromDay && updated <= range.toDay;
  const runbooks = listRunbooks().filter((r) => r.kind === "runbook");
  return {
    latest: [...runbooks]
      .sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title))
      .slice(0, limit)
      .map((r) => ({ slug: r.slug, title: r.title, updated: r.updated, inRange: inRange(r.updated) })),
    updatedInRange: runbooks.filter((r) => inRange(r.updated)).length,
  };
}
