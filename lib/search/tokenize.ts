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
}

const WORD_OR_HAN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+/gu;
const HAN = /^\p{Script=Han}/u;
const CAMEL_BOUNDARY = /(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/;
const ASCII_WORD = /^[a-z]+$/;
const MAX_TOKEN_LENGTH = 40;

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

function wordTerms(word: string, out: Term[]): void {
  const clean = NON_ASCII.test(word) ? word.replace(/\p{M}/gu, "") : word;
  const lower = clean.toLowerCase();
  if (lower.length < 2 || lower.length > MAX_TOKEN_LENGTH || STOPWORDS.has(lower)) return;
  out.push({ token: stem(lower), surface: lower, han: false });
  if (!HAS_CAMEL.test(clean)) return;
  const parts = clean.split(CAMEL_BOUNDARY);
  // IPv4 or PVs would split into a lone letter: keep those whole.
  if (parts.length < 2 || parts.some((p) => p.length < 2)) return;
  for (const part of parts) {
    const partLower = part.toLowerCase();
    if (!STOPWORDS.has(partLower)) out.push({ token: stem(partLower), surface: partLower, han: false });
  }
}

/** Terms of text that is already normalised (see analyze() for raw text). */
export function termsOfNormalized(normalized: string, options: TokenizeOptions = {}): Term[] {
  const segmenter = options.segmenter ?? bigramSegmenter;
  const out: Term[] = [];
  for (const [run] of normalized.matchAll(WORD_OR_HAN)) {
    if (HAN.test(run)) {
      for (const token of segmenter(run)) {
        const clean = token.replace(/[^\p{L}\p{N}]/gu, "");
        if (clean) out.push({ token: clean, surface: clean, han: true });
      }
    } else {
      wordTerms(run, out);
    }
  }
  return out;
}

/** Normalises raw text (pasted logs included) and splits it into terms, in order, repeats kept. */
export function analyze(text: string, options: TokenizeOptions = {}): Term[] {
  return termsOfNormalized(normalizeLogText(text), options);
}

/** The tokens of raw text, in order, repeats kept (term frequency counts them). */
export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  return analyze(text, options).map((t) => t.token);
}
