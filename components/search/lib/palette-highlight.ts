/**
 * Where the palette's highlight goes when its first entry changes (results arrived, or the query
 * changed). It follows the first entry, so Enter opens the best match, unless the reader moved it
 * (arrows or pointer) while this same query was typed: results that arrive late must not pull the
 * highlight off what the reader chose (Enter then opened a runbook instead of "Log an incident").
 */
export function highlightAfterFirstChanged(current: { selected: string; movedForQuery: string | null }, query: string, nextFirst: string): string {
  return current.movedForQuery === query ? current.selected : nextFirst;
}
