import { tokenize } from "@/lib/search/tokenize";

/**
 * The key that makes two incident titles "the same kind of incident" for the
 * dashboard's runbook gaps: the title's search tokens, in order (lib/search:
 * normalizeLogText drops what differs between repeats — numbers, addresses,
 * ids, pod hashes, timestamps —, the tokeniser folds case and full-width
 * forms, stems English words, drops stopwords and splits Chinese into
 * bigrams). "Disk full on node-12 (95%)" and "disk full on node-7 (97 %)"
 * share the key "disk full node".
 *
 * One normaliser in the project: this function adds no folding of its own.
 * Stored in Incident.titleKey by derivedColumns, and applied to the list's
 * `similar` filter, which takes a title (not a key). When the tokeniser
 * changes, prepareDatabase derives the stored keys again with the search
 * index (derive-title-keys.ts). Pure.
 */

const MAX_KEY_LENGTH = 200;

export function titleKeyOf(title: string): string {
  let key = "";
  for (const token of tokenize(title)) {
    const next = key ? `${key} ${token}` : token;
    if (next.length > MAX_KEY_LENGTH) break;
    key = next;
  }
  return key;
}
