import { MIN_TYPO_LENGTH } from "./edit-distance";
import { normalizeLogText } from "./normalize-log-text";
import { termsOfNormalized, type TokenizeOptions } from "./tokenize";

/**
 * A query as the rankers see it: its distinct terms, how often each occurs,
 * and which one is still being typed. Then resolveTerms() adds, per term, the
 * indexed tokens it may match: itself, a correction when it is a typo of a
 * longer word, and completions when it is the word being typed.
 */

export interface QueryTerm {
  token: string;
  surface: string;
  han: boolean;
  /** Occurrences in the query: a pasted log that repeats a word leans on it a little more. */
  count: number;
  /** The last word of a query typed without a trailing space: also matches words it begins. */
  prefix: boolean;
  /** Where the term occurs in the query (Term.position), ascending, the first MAX_TERM_POSITIONS: whether a phrase's words stand together. */
  positions: number[];
}

export interface ParsedQuery {
  normalized: string;
  terms: QueryTerm[];
}

/** A pasted file can hold thousands of words; the first ones carry the error. */
export const MAX_QUERY_TERMS = 64;
/** Occurrences of one term whose positions are kept ("pod" may occur hundreds of times in a pasted file). */
export const MAX_TERM_POSITIONS = 32;

export interface ParseOptions extends TokenizeOptions {
  /** Treat the last word as typed in progress (search-as-you-type). Default: when the text does not end in a space. */
  prefix?: boolean;
}

export function parseQuery(text: string, options: ParseOptions = {}): ParsedQuery {
  const normalized = normalizeLogText(text);
  const terms = termsOfNormalized(normalized, options);
  const byToken = new Map<string, QueryTerm>();
  for (const { position, ...term } of terms) {
    const seen = byToken.get(term.token);
    if (seen) {
      seen.count += 1;
      if (seen.positions.length < MAX_TERM_POSITIONS) seen.positions.push(position);
    } else if (byToken.size < MAX_QUERY_TERMS) {
      byToken.set(term.token, { ...term, count: 1, prefix: false, positions: [position] });
    }
  }
  const typing = options.prefix ?? !/\s$/.test(text);
  const lastWord = /([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u.exec(normalized)?.[1]?.toLowerCase();
  if (typing && lastWord) {
    // The whole last word (not a CamelCase part of it) is the one being typed.
    const last = [...byToken.values()].reverse().find((t) => !t.han && t.surface === lastWord);
    if (last) last.prefix = true;
  }
  return { normalized, terms: [...byToken.values()] };
}

/** "translation": a Chinese word's English equivalent (zh-en-glossary.ts; runbooks only). */
export type AlternativeKind = "exact" | "typo" | "prefix" | "translation";

export interface TermAlternative {
  token: string;
  kind: AlternativeKind;
  /** Multiplies the score a match on this token earns. */
  factor: number;
}

export interface ResolvedTerm extends QueryTerm {
  alternatives: TermAlternative[];
}

/** What resolveTerms asks of an index's vocabulary. */
export interface Vocabulary {
  has(token: string): boolean;
  /** Tokens of vocabulary words one typo away from `surface`. */
  corrections(surface: string): string[];
  /** Tokens that begin with `prefix`, most frequent first. */
  completions(prefix: string, limit: number): string[];
}

export const TYPO_FACTOR = 0.7;
export const PREFIX_FACTOR = 0.85;
const MAX_COMPLETIONS = 8;
/** A stem shorter than this is too vague to stand for the word being typed. */
const MIN_STEM_PREFIX = 4;

export function isTypoCandidate(term: QueryTerm): boolean {
  return !term.han && term.surface.length >= MIN_TYPO_LENGTH && /^[a-z]+$/.test(term.surface);
}

export function resolveTerms(terms: QueryTerm[], vocabulary: Vocabulary): ResolvedTerm[] {
  return terms.map((term) => {
    const alternatives: TermAlternative[] = [{ token: term.token, kind: "exact", factor: 1 }];
    const add = (token: string, kind: AlternativeKind, factor: number) => {
      if (!alternatives.some((a) => a.token === token)) alternatives.push({ token, kind, factor });
    };
    const known = vocabulary.has(term.token);
    if (term.prefix) {
      for (const token of vocabulary.completions(term.surface, MAX_COMPLETIONS)) add(token, "prefix", PREFIX_FACTOR);
      // "certifica" is on its way to "certificate", whose stem "certif" it already contains.
      for (let n = term.surface.length - 1; !known && n >= MIN_STEM_PREFIX; n--) {
        const stem = term.surface.slice(0, n);
        if (vocabulary.has(stem)) add(stem, "prefix", PREFIX_FACTOR);
      }
    }
    if (!known && isTypoCandidate(term)) {
      for (const token of vocabulary.corrections(term.surface)) add(token, "typo", TYPO_FACTOR);
    }
    return { ...term, alternatives };
  });
}
