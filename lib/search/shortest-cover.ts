/**
 * The length of the shortest run of positions (last − first + 1) that holds
 * at least one position of every list — how far apart the words of a phrase
 * stand in a query, given where each word occurs. Each list ascending;
 * Infinity when a list is empty, 0 for no lists. Pure.
 *
 * One pointer per list, always advancing the list at the window's start:
 * O(total positions × lists), both small (a phrase's words, each capped at
 * MAX_TERM_POSITIONS occurrences).
 */
export function shortestCover(lists: readonly (readonly number[])[]): number {
  if (lists.length === 0) return 0;
  if (lists.some((list) => list.length === 0)) return Infinity;
  const at = new Array<number>(lists.length).fill(0);
  let best = Infinity;
  for (;;) {
    let first = 0;
    let low = Infinity;
    let high = -Infinity;
    for (let i = 0; i < lists.length; i++) {
      const position = lists[i][at[i]];
      if (position < low) {
        low = position;
        first = i;
      }
      if (position > high) high = position;
    }
    best = Math.min(best, high - low + 1);
    at[first] += 1;
    if (at[first] >= lists[first].length) return best;
  }
}
