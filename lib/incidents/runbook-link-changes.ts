/**
 * What a PATCH does to an incident's runbook links: the rule of PATCH
 * (plan-incident-update.ts), which the incident page also applies while the
 * PATCH is in flight (components/incidents/lib/optimistic.ts). Pure and
 * import-free, so the browser pays nothing for it.
 */

export interface RunbookLinkState {
  slug: string;
  fixWorked: boolean | null;
}

export interface RunbookLinkChanges {
  /** The links after the patch, in the patch's order; a link that stays keeps its feedback unless the patch sets it. */
  links: RunbookLinkState[];
  /** Runbooks the patch links that were not linked before. */
  link: string[];
  unlink: string[];
  /** Feedback entries that change what is stored. */
  feedback: RunbookLinkState[];
  /** Feedback given for runbooks the incident will not be linked to (an error on the server). */
  notLinked: string[];
}

/**
 * `runbooks`, when given, replaces the set of linked runbooks; `feedback`
 * applies to runbooks linked after that replacement, including new ones.
 */
export function runbookLinkChanges(current: readonly RunbookLinkState[], runbooks: readonly string[] | undefined, feedback: readonly RunbookLinkState[] | undefined): RunbookLinkChanges {
  const before = new Map(current.map((l) => [l.slug, l.fixWorked]));
  const wanted = runbooks ?? current.map((l) => l.slug);
  const link = wanted.filter((slug) => !before.has(slug));
  const unlink = current.map((l) => l.slug).filter((slug) => !wanted.includes(slug));

  const given = new Map<string, boolean | null>();
  const notLinked: string[] = [];
  for (const entry of feedback ?? []) {
    if (wanted.includes(entry.slug)) given.set(entry.slug, entry.fixWorked);
    else notLinked.push(entry.slug);
  }
  const changed: RunbookLinkState[] = [];
  for (const [slug, fixWorked] of given) if ((before.get(slug) ?? null) !== fixWorked) changed.push({ slug, fixWorked });

  const links = wanted.map((slug) => ({
    slug,
    fixWorked: given.has(slug) ? (given.get(slug) ?? null) : (before.get(slug) ?? null),
  }));
  return { links, link, unlink, feedback: changed, notLinked };
}
