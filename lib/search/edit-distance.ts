/**
 * One-typo matching: a deletion, an insertion, a substitution or two
 * adjacent letters swapped (optimal string alignment distance ≤ 1).
 */

/** Words this short get no typo tolerance: one edit turns them into too many other words. */
export const MIN_TYPO_LENGTH = 5;

export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // substitution, or a swap of a[i] and a[i+1]
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Every string one deletion away (the keys of a symmetric-delete typo index). */
export function deletions(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return [...out];
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** Every [a-z0-9] string one edit away from `word` (for looking typos up in a terms table). */
export function oneEditVariants(word: string): string[] {
  const out = new Set<string>(deletions(word));
  for (let i = 0; i <= word.length; i++) {
    for (const c of ALPHABET) {
      out.add(word.slice(0, i) + c + word.slice(i));
      if (i < word.length && c !== word[i]) out.add(word.slice(0, i) + c + word.slice(i + 1));
    }
    if (i + 1 < word.length) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  out.delete(word);
  return [...out];
}
