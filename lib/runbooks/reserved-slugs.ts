/**
 * Slugs no runbook may have: /runbooks/<slug> is already one of the site's own pages there
 * (app/(kb)/runbooks/new/ and alerts/, which Next serves before [slug]/). A runbook named
 * new.mdx passed content:check and could never be opened. A test keeps this list equal to
 * those folders.
 */
export const RESERVED_RUNBOOK_SLUGS: ReadonlySet<string> = new Set(["new", "alerts"]);

/** Why `slug` cannot name a runbook, or null. */
export function reservedSlugProblem(slug: string): string | null {
  return RESERVED_RUNBOOK_SLUGS.has(slug) ? `"${slug}" cannot be a runbook slug: /runbooks/${slug} is a page of the site itself` : null;
}
