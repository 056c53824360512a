/**
 * The one set of limits and text rules for incident data, whichever way it
 * arrives (form, REST API, Alertmanager webhook, seed, import) and whether it
 * creates, updates or adds a note. The zod schemas (incident-schemas.ts) and
 * the builder (build-incident.ts) both read these constants and functions;
 * nothing else states a length or a character rule. Pure: runs in the browser too.
 *
 * Lengths are counted in UTF-16 code units (what String.length and zod count),
 * so an emoji counts 2 and the same text has the same length on every path.
 */

export const INCIDENT_LIMITS = {
  title: 200,
  service: 100,
  environment: 100,
  host: 255,
  namespace: 100,
  /** Also the longest signed-in name or email believed (an email address has at most 254 characters). */
  reporter: 254,
  /** phenomenon, cause, fix, result (Markdown). */
  section: 50_000,
  note: 10_000,
  alertname: 200,
  fingerprint: 200,
  /** Each label and annotation value kept in alertLabels. */
  labelValue: 1_000,
  /** Label names kept in alertLabels. */
  labelName: 200,
  /** Labels kept in alertLabels per incident. */
  labels: 100,
  runbooks: 50,
} as const;

/** Times outside these years are refused everywhere (year 0000 and 9999 are typos or sentinels, not incidents). */
export const YEAR_MIN = 1970;
export const YEAR_MAX = 2100;

export type TextKind = "line" | "multiline";

/**
 * Characters no incident text may hold: NUL and the other C0 controls (tab,
 * newline and carriage return only in multi-line text), DEL and the C1
 * controls. They break terminals, CSV readers and (NUL) C-string APIs such
 * as SQLite patterns, and nobody types them on purpose.
 */
const CONTROL_LINE = /[\u0000-\u001f\u007f-\u009f]/u;
const CONTROL_MULTILINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const CONTROL_LINE_ALL = /[\u0000-\u001f\u007f-\u009f]/gu;
const CONTROL_MULTILINE_ALL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;

/** A surrogate half without its partner (not valid Unicode: PostgreSQL and UTF-8 encoders refuse or mangle it). */
function hasLoneSurrogate(text: string): boolean {
  return !text.isWellFormed();
}

/** Why `text` breaks the text rules, or null when it is fine. */
export function textProblem(text: string, kind: TextKind): string | null {
  if ((kind === "line" ? CONTROL_LINE : CONTROL_MULTILINE).test(text)) {
    return kind === "line" ? "must not contain control characters (NUL, tab, line breaks, …)" : "must not contain control characters such as NUL";
  }
  if (hasLoneSurrogate(text)) return "must not contain unpaired surrogates (broken Unicode)";
  return null;
}

/** The refusing form, for zod: `.refine(...textRule(label, kind))`. */
export function textRule(label: string, kind: TextKind): [(text: string) => boolean, string] {
  return [(text) => textProblem(text, kind) === null, `${label} ${kind === "line" ? "must not contain control characters (NUL, tab, line breaks, …) or broken Unicode" : "must not contain control characters such as NUL, or broken Unicode"}`];
}

/**
 * Why a list filter of free-text values (namespace names) is refused, or null:
 * at most `count` values, each a line of at most `max` characters. Read by the
 * list's query schema and by the browser's list state, which loads no zod.
 */
export function textListProblem(values: readonly string[], label: string, max: number, count: number): string | null {
  if (values.length > count) return `${label}: at most ${count} values`;
  const [isText, textMessage] = textRule(`${label} values`, "line");
  for (const value of values) {
    if (value.length > max) return `${label} values must be at most ${max} characters`;
    if (!isText(value)) return textMessage;
  }
  return null;
}

/**
 * Terminal escape sequences, as pasted terminal output carries them: CSI (colours and cursor
 * moves, `ESC [ 31 m`, or the one-byte C1 CSI), OSC (titles and hyperlinks, ended by BEL or
 * `ESC \`) and the other two-byte escapes. Dropping only the ESC byte left `[31merror`, one
 * token, so a pasted `ESC[31merror ESC[0m` never matched "error".
 */
const TERMINAL_ESCAPE = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[\u0040-\u005f]/g;

/**
 * The cleaning form (webhook, search text): terminal escape sequences and control characters
 * dropped (a line's tabs and line breaks become spaces), lone surrogates become U+FFFD.
 */
export function cleanText(text: string, kind: TextKind): string {
  const plain = text.replace(TERMINAL_ESCAPE, "");
  const spaced = kind === "line" ? plain.replace(/[\t\n\r]+/g, " ") : plain;
  return spaced.replace(kind === "line" ? CONTROL_LINE_ALL : CONTROL_MULTILINE_ALL, "").toWellFormed();
}

const ELLIPSIS = "…";
let segmenter: Intl.Segmenter | undefined;

/**
 * At most `max` UTF-16 code units, cut between grapheme clusters (never inside
 * an emoji, a flag or a letter with its accents), ending in "…" when cut.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  const budget = max - ELLIPSIS.length;
  let end = 0;
  for (const { segment, index } of segmenter.segment(text.slice(0, budget + 16))) {
    if (index + segment.length > budget) break;
    end = index + segment.length;
  }
  return text.slice(0, end).trimEnd() + ELLIPSIS;
}

/** cleanText then truncateText: what the webhook does to a value it must not refuse. */
export function fitText(text: string, kind: TextKind, max: number): string {
  return truncateText(cleanText(text, kind).trim(), max);
}

/** Why `date` is outside the accepted years, or null. */
export function yearProblem(date: Date): string | null {
  const year = date.getUTCFullYear();
  return year < YEAR_MIN || year > YEAR_MAX ? `must be between the years ${YEAR_MIN} and ${YEAR_MAX}` : null;
}
