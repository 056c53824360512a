import { deletions, MIN_TYPO_LENGTH, withinOneEdit } from "./edit-distance";

/**
 * A symmetric-delete index over a fixed vocabulary of words: a word and a
 * typo of it share a key (the word itself or one of its one-letter
 * deletions), so the words one edit away from a query word are found with a
 * few map lookups instead of a scan of the vocabulary.
 */
export class TypoIndex {
  private readonly byKey = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      if (word.length < MIN_TYPO_LENGTH - 1 || !/^[a-z0-9]+$/.test(word)) continue;
      for (const key of [word, ...deletions(word)]) {
        const list = this.byKey.get(key);
        if (list) list.push(word);
        else this.byKey.set(key, [word]);
      }
    }
  }

  /** Vocabulary words one edit away from `word` (not `word` itself); none for words shorter than MIN_TYPO_LENGTH. */
  corrections(word: string): string[] {
    if (word.length < MIN_TYPO_LENGTH || !/^[a-z0-9]+$/.test(word)) return [];
    const found = new Set<string>();
    for (const key of [word, ...deletions(word)]) {
      for (const candidate of this.byKey.get(key) ?? []) {
        if (candidate !== word && withinOneEdit(word, candidate)) found.add(candidate);
      }
    }
    return [...found].sort();
  }
}
