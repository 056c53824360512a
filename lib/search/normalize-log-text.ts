/**
 * Strips the instance data out of pasted log text so the stable message is
 * what gets matched: the same line from another node, pod, minute or process
 * must look the same. Used on every query AND on every indexed text (runbooks
 * and incidents), so a log excerpt quoted in a runbook and the same line pasted
 * at 3 a.m. reduce to the same words. Pure; case is kept (the tokeniser splits
 * CamelCase before lower-casing).
 *
 * What goes: klog/glog headers, timestamps (ISO 8601, Go, syslog, dmesg),
 * UUIDs, IPv4/IPv6 addresses with ports and prefixes, hex ids and digests,
 * pod-name suffixes (ReplicaSet hash, random suffix), values of key=value
 * pairs that carry numbers (resourceVersion=331916875), durations, sizes,
 * decimals, ratios and plain numbers of 1–2 or 6+ digits. What stays: words,
 * paths, and 3–5 digit numbers (HTTP statuses, exit codes, well-known ports
 * such as 6443 or 10252), which are how engineers recognise an error.
 */

type Rule = [pattern: RegExp, replacement: string];

const POD_HASH = "[bcdfghjklmnpqrstvwxz2456789]";

const RULES: Rule[] = [
  // klog/glog header: E0510 17:43:56.892945  790992 reflector.go:178]
  [/\b[IWEF]\d{4}\s+\d{2}:\d{2}:\d{2}(?:\.\d+)?\s+\d+\s+[\w.-]+:\d+\]/g, " "],
  // ISO 8601 / RFC 3339 date-times and dates; Go's log 2026/05/10 17:43:56
  [/\b\d{4}[-/]\d{2}[-/]\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/gi, " "],
  // syslog: May 10 17:43:56
  [/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?\s+\d{1,2}:\d{2}(?::\d{2})?\b/gi, " "],
  // bare clock times 17:43:56.123, dmesg [  123.456789]
  [/\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\b/g, " "],
  [/\[\s*\d+\.\d+\]/g, " "],
  // UUIDs
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, " "],
  // IPv6 (bracketed with a port, or with :: or 5+ groups)
  [/\[[0-9a-f:.]*:[0-9a-f:.]*(?:%[\w.-]+)?\](?::\d{1,5})?/gi, " "],
  [/(?<![\w:])(?:[0-9a-f]{1,4}:){1,7}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?(?:\/\d{1,3})?(?![\w:])/gi, " "],
  [/(?<![\w:])(?:[0-9a-f]{1,4}:){4,7}[0-9a-f]{1,4}(?:\/\d{1,3})?(?![\w:])/gi, " "],
  // IPv4 with an optional port or prefix length
  [/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5}|\/\d{1,2})?\b/g, " "],
  // pod names: <name>-<replicaset hash>-<suffix>, <name>-<hash>, <name>-<5 chars with a digit>
  [new RegExp(`\\b([a-z][a-z0-9]*(?:-[a-z0-9]+)*?)-${POD_HASH}{8,10}(?:-${POD_HASH}{5})?(?![a-z0-9])`, "gi"), "$1"],
  [new RegExp(`\\b([a-z][a-z0-9]*(?:-[a-z0-9]+)*?)-(?=${POD_HASH}{0,4}\\d)${POD_HASH}{5}(?![a-z0-9])`, "gi"), "$1"],
  // digests and hex ids: sha256:…, 0x…, 8+ hex characters mixing letters and digits
  [/\bsha\d{1,3}:[0-9a-f]+\b/gi, " "],
  [/\b0x[0-9a-f]+\b/gi, " "],
  [/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b/gi, " "],
  // source positions: factory.go:135 → factory.go
  [/\b([\w-]+\.(?:go|py|java|js|ts|c|cc|cpp|h|rs|rb|sh)):\d+\b/g, "$1"],
  // kubectl event repeats: (x12 over 5m)
  [/\(x\d+ over [^)]*\)/g, " "],
  // process ids after the word that names them: Killed process 4242, pid 17
  [/\b(process|pid|tid|thread|task)(\s*[:=#]?\s*)\d+\b/gi, "$1"],
  // counters glued to a name: size:2345, count:1
  [/\b([a-z][\w-]*):\d+\b/gi, "$1:"],
  // key=value / key: value pairs whose value carries a number (resourceVersion=331916875, pid=42, took=1.2s)
  [/\b([a-z][\w.-]*)=(?=[^\s&,;"')]*\d)[^\s&,;"')]+/gi, "$1="],
  // durations, sizes and rates: 1.2s, 500ms, 3m20s, 512Mi, 1.5GB, 80%
  // ("502s" and "404s" are HTTP statuses in the plural, not durations)
  [/\b(?![1-5]\d\ds\b)\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h|d)(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))*\b/g, " "],
  [/\b\d+(?:\.\d+)?\s?(?:[kmgtpe]i?b?|[kmgtpe]ib|bytes?)\b/gi, " "],
  [/\b\d+(?:\.\d+)?%/g, " "],
  // ratios and decimals: 0/5, 3.14, v1.2.3 stays a word only through its letters
  [/\b\d+\/\d+\b/g, " "],
  [/\b\d+(?:\.\d+)+\b/g, " "],
  // plain numbers that are instance data: 1–2 digits (counts, ordinals) and 6+ digits (PIDs, versions, ids)
  [/(?<![\p{L}\d])(?:\d{1,2}|\d{6,})(?![\p{L}\d])/gu, " "],
];

/** The most text a query may hold; longer pasted text is cut here before normalising. */
export const MAX_QUERY_LENGTH = 8000;

export function normalizeLogText(text: string): string {
  let out = text.normalize("NFKC").replace(/\u0000/g, " ");
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out.replace(/\s+/g, " ").trim();
}
