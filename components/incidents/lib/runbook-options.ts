/** What the pages pass to the client about each runbook: enough to search and label it. */
export interface RunbookOption {
  slug: string;
  title: string;
}

/** Every whitespace-separated term must appear in the title or the slug (case-insensitive). */
export function filterRunbookOptions(options: RunbookOption[], query: string, limit = 50): RunbookOption[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return options.slice(0, limit);
  const matches: RunbookOption[] = [];
  for (const option of options) {
    const haystack = `${option.title} ${option.slug}`.toLowerCase();
    if (terms.every((t) => haystack.includes(t))) matches.push(option);
    if (matches.length === limit) break;
  }
  return matches;
}
