import { termsOfNormalized, type TokenizeOptions } from "./tokenize";

/**
 * A short excerpt of a document around the words a query matched, with the
 * matched words' positions. The text stays plain: the browser renders the
 * highlights as <mark> elements from the offsets, never as HTML.
 */

export interface Snippet {
  text: string;
  /** [start, end) offsets into `text`, ascending, not overlapping. */
  highlights: [number, number][];
}

/** Markdown and MDX syntax out, words and punctuation in. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^\s*(```|~~~).*$/gm, " ")
    .replace(/<\/?[A-Za-z][^>]*>/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[`*_#>|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const WORD_OR_HAN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+/gu;
const HAN = /^\p{Script=Han}/u;

/** The spans of `text` whose tokens are among `hits`. */
export function findHighlights(text: string, hits: ReadonlySet<string>, options: TokenizeOptions = {}): [number, number][] {
  const spans: [number, number][] = [];
  if (hits.size === 0) return spans;
  const hanPairs = [...hits].some((t) => HAN.test(t) && Array.from(t).length > 1);
  for (const match of text.matchAll(WORD_OR_HAN)) {
    const word = match[0];
    const start = match.index;
    if (HAN.test(word)) {
      const chars = Array.from(word);
      let offset = start;
      const offsets = chars.map((c) => {
        const at = offset;
        offset += c.length;
        return at;
      });
      for (let i = 0; i < chars.length; i++) {
        const pair = i + 1 < chars.length ? chars[i] + chars[i + 1] : "";
        if (pair && hits.has(pair)) spans.push([offsets[i], offsets[i + 1] + chars[i + 1].length]);
        else if (!hanPairs && hits.has(chars[i])) spans.push([offsets[i], offsets[i] + chars[i].length]);
      }
    } else if (termsOfNormalized(word, options).some((t) => hits.has(t.token))) {
      spans.push([start, start + word.length]);
    }
  }
  return mergeSpans(spans);
}

function mergeSpans(spans: [number, number][]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The `maxLength` window of `text` that shows the most highlights, cut at word boundaries. */
export function makeSnippet(text: string, hits: ReadonlySet<string>, maxLength = 220, options: TokenizeOptions = {}): Snippet {
  const clean = plainText(text);
  const all = findHighlights(clean, hits, options);
  if (clean.length <= maxLength) return { text: clean, highlights: all };
  let bestStart = 0;
  let bestCount = -1;
  for (const [start] of all.length ? all : [[0, 0] as [number, number]]) {
    const from = Math.max(0, start - 40);
    const count = all.filter(([s, e]) => s >= from && e <= from + maxLength).length;
    if (count > bestCount) {
      bestCount = count;
      bestStart = from;
    }
  }
  let from = bestStart;
  if (from > 0) {
    const space = clean.indexOf(" ", from);
    from = space !== -1 && space < from + 20 ? space + 1 : from;
  }
  let to = Math.min(clean.length, from + maxLength);
  if (to < clean.length) {
    const space = clean.lastIndexOf(" ", to);
    to = space > from + maxLength / 2 ? space : to;
  }
  const prefix = from > 0 ? "…" : "";
  const suffix = to < clean.length ? "…" : "";
  const shift = prefix.length - from;
  const highlights = all.filter(([s, e]) => s >= from && e <= to).map(([s, e]) => [s + shift, e + shift] as [number, number]);
  return { text: `${prefix}${clean.slice(from, to)}${suffix}`, highlights };
}

/** The snippet of whichever text shows the most matched words (the first non-empty one when none does). */
export function bestSnippet(texts: string[], hits: ReadonlySet<string>, maxLength = 220): Snippet {
  let best: Snippet | null = null;
  for (const text of texts) {
    if (!text.trim()) continue;
    const snippet = makeSnippet(text, hits, maxLength);
    if (!best || snippet.highlights.length > best.highlights.length) best = snippet;
  }
  return best ?? { text: "", highlights: [] };
}
