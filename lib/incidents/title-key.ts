/**
 * The key that makes two incident titles "the same kind of incident" for the
 * dashboard's runbook gaps: what differs between repeats (numbers, addresses,
 * ids, pod hashes, case, punctuation, full-width forms) is folded away, the
 * words stay. "Disk full on node-12 (95%)" and "disk full on node-7 (97 %)"
 * share the key "disk full on node #".
 *
 * The one place this rule lives (stored in Incident.titleKey by
 * derivedColumns, and applied to the list's `similar` filter). The text
 * normaliser of lib/search is to take over the folding part; when this
 * function changes, stored keys must be re-derived (see derive-title-keys.ts).
 * Pure.
 */

const MAX_KEY_LENGTH = 200;

/** What varies between repeats of one incident, and what it is replaced with. Order matters: longest shapes first. */
const VOLATILE: [RegExp, string][] = [
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, "#"], // UUIDs
  [/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g, "#"], // IPv4, with a port
  [/\b[0-9a-f]*\d[0-9a-f]*(?::[0-9a-f]*){2,}\b/g, "#"], // IPv6 and clock times
  [/-(?=[a-z]*\d)[a-z0-9]{6,10}-[a-z0-9]{5}\b/g, ""], // Deployment pod suffix: checkout-5d9f8b6c7d-x2k4p → checkout
  [/-(?=[a-z]*\d)[a-z0-9]{5}\b/g, ""], // DaemonSet / Job pod suffix with a digit: fluentd-x2k4p → fluentd
  [/\b(?=[0-9a-f]*\d)[0-9a-f]{7,}\b/g, "#"], // hex ids and hashes
  [/(?<![\p{L}\p{N}])v?\d+(?:[.,]\d+)*(?![\p{L}\p{N}])/gu, "#"], // numbers and versions not glued to letters (k8s, x509, ipv4 stay)
];

export function titleKeyOf(title: string): string {
  let key = title.normalize("NFKC").toLowerCase();
  for (const [pattern, replacement] of VOLATILE) key = key.replace(pattern, replacement);
  return key
    .replace(/[^\p{L}\p{N}#]+/gu, " ") // punctuation and spacing → one space
    .replace(/#(?: #)+/g, "#") // "node-12 (95%)" → "node # #" → one placeholder
    .trim()
    .slice(0, MAX_KEY_LENGTH)
    .trim();
}
