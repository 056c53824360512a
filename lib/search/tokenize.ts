import { stemmer } from "stemmer";
import { bigramSegmenter, type ChineseSegmenter } from "./chinese-segmenter";
import { normalizeLogText } from "./normalize-log-text";
import { STOPWORDS } from "./stopwords";

/**
 * The one tokeniser of Triage's search: runbooks, incidents and queries all
 * go through it (after normalizeLogText), so a token in a query is spelled
 * exactly like the token in the index, on SQLite and PostgreSQL alike.
 *
 * - Latin-script words: lower-cased; CamelCase names also give their parts
 *   (CrashLoopBackOff → crashloopbackoff, crash, loop, back, off), so both the
 *   whole name and its words match; English words are Porter-stemmed
 *   (expired, expires → expir); stopwords and one-letter words are dropped.
 * - Han runs: split by the Chinese segmenter (bigrams by default), so 缓存 is
 *   found inside 缓存命中率 and inside 缓存miss.
 *
 * Every token consists of letters and digits only (\p{L}\p{N}); the database
 * indexes rely on it (no quoting or operator syntax can ever come from a token).
 */

export interface Term {
  /** What is indexed and matched. */
  token: string;
  /** The word as written, lower-cased and unstemmed (typo correction works on it). */
  surface: string;
  /** Latin/other-script words can be stemmed and typo-corrected; Han tokens cannot. */
  han: boolean;
  /**
   * Where the token stands in the text, counted in words as written: each
   * space-separated word one on from the last (stopwords count; numbers and
   * ids that normalizeLogText took out do not), the tokens of one word (a
   * path, a host name, CamelCase parts) all at its place, each Han token
   * one on, and the first word after a sentence end SENTENCE_GAP on. How
   * far apart two tokens stand tells whether they can belong to one phrase.
   */
  position: number;
}

const WORD_OR_HAN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+/gu;
const HAN = /^\p{Script=Han}/u;
const CAMEL_BOUNDARY = /(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/;
const ASCII_WORD = /^[a-z]+$/;
const MAX_TOKEN_LENGTH = 40;
/**
 * How far a sentence end (". ", "! ", "? ", "。") puts the next word on.
 * More than any proximity slack (rank-runbooks.ts), so no phrase is found
 * across one unless it spans one itself: "…memory available at this
 * instance. Node memory…" does not hold "nodes are available".
 */
export const SENTENCE_GAP = 16;

export interface TokenizeOptions {
  segmenter?: ChineseSegmenter;
}

/** Stems of words seen (the Porter stemmer is the tokeniser's slowest step; vocabularies are small). */
const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 200_000;

function stem(word: string): string {
  if (word.length <= 3 || !ASCII_WORD.test(word)) return word;
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = stemmer(word);
    if (stems.size >= MAX_CACHED_STEMS) stems.clear();
    stems.set(word, stemmed);
  }
  return stemmed;
}

const NON_ASCII = /[^\x00-\x7f]/;
const HAS_CAMEL = /[a-z0-9][A-Z]|[A-Z][A-Z][a-z]/;

function wordTerms(word: string, position: number, out: Term[]): void {
  const clean = NON_ASCII.test(word) ? word.replace(/\p{M}/gu, "") : word;
  const lower = clean.toLowerCase();
  if (lower.length < 2 || lower.length > MAX_TOKEN_LENGTH || STOPWORDS.has(lower)) return;
  out.push({ token: stem(lower), surface: lower, han: false, position });
  if (!HAS_CAMEL.test(clean)) return;
  const parts = clean.split(CAMEL_BOUNDARY);
  // IPv4 or PVs would split into a lone letter: keep those whole.
  if (parts.length < 2 || parts.some((p) => p.length < 2)) return;
  for (const part of parts) {
    const partLower = part.toLowerCase();
    if (!STOPWORDS.has(partLower)) out.push({ token: stem(partLower), surface: partLower, han: false, position });
  }
}

/** Terms of text that is already normalised (see analyze() for raw text). */
export function termsOfNormalized(normalized: string, options: TokenizeOptions = {}): Term[] {
  const segmenter = options.segmenter ?? bigramSegmenter;
  const out: Term[] = [];
  let position = -1;
  let end = 0;
  for (const match of normalized.matchAll(WORD_OR_HAN)) {
    const [run] = match;
    position += position < 0 ? 1 : GAP_WIDTH[gapBetween(normalized, end, match.index)];
    end = match.index + run.length;
    if (HAN.test(run)) {
      let first = true;
      for (const token of segmenter(run)) {
        const clean = token.replace(/[^\p{L}\p{N}]/gu, "");
        if (!clean) continue;
        if (!first) position += 1;
        first = false;
        out.push({ token: clean, surface: clean, han: true, position });
      }
    } else {
      wordTerms(run, position, out);
    }
  }
  return out;
}

type Gap = "none" | "space" | "sentence";
const GAP_WIDTH: Record<Gap, number> = { none: 0, space: 1, sentence: SENTENCE_GAP };

/** What lies between two runs, text[from, to): nothing but punctuation (one word: k8s.io/client-go, didn't), a space, or a sentence end (normalised text: every space is " "). */
function gapBetween(text: string, from: number, to: number): Gap {
  let gap: Gap = "none";
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === "。" || ((c === "." || c === "!" || c === "?") && text[i + 1] === " ")) return "sentence";
    if (c === " ") gap = "space";
  }
  return gap;
}

/** Normalises raw text (pasted logs included) and splits it into terms, in order, repeats kept. */
export function analyze(text: string, options: TokenizeOptions = {}): Term[] {
  return termsOfNormalized(normalizeLogText(text), options);
}

/** The tokens of raw text, in order, repeats kept (term frequency counts them). */
export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  return analyze(text, options).map((t) => t.token);
}
