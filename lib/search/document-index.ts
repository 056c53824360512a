import { idf, normalizeTf, queryWeight, saturate } from "./bm25";
import type { ResolvedTerm, Vocabulary } from "./query-terms";
import { TypoIndex } from "./typo-index";

/**
 * An in-memory BM25F index over documents with weighted fields, for corpora
 * that fit in a process and change only with a deploy (the runbooks). Pure:
 * built from tokens, queried with resolved terms.
 */

export interface FieldSpec {
  /** How much a match in this field counts relative to the others. */
  weight: number;
  /** Length normalisation (0: none, 1: full). */
  b: number;
}

export interface IndexDocument<F extends string> {
  /** Tokens per field (tokenize()'s output). */
  fields: Record<F, string[]>;
  /** Words as written (lower-case, unstemmed) with their tokens, for typo correction. */
  surfaces: [surface: string, token: string][];
}

/** A token's postings: documents in ascending order, each with its saturated BM25F term frequency. */
interface Postings {
  docs: Int32Array;
  values: Float32Array;
}

export interface DocumentMatches {
  /** Documents that matched at least one term, in no particular order. */
  docs: number[];
  /** BM25F score by document (valid for `docs`; the array is reused by the next search). */
  scores: Float64Array;
}

export class DocumentIndex<F extends string> implements Vocabulary {
  readonly size: number;
  private readonly postings = new Map<string, Postings>();
  private readonly sortedTokens: string[];
  private readonly typos: TypoIndex;
  private readonly surfaceToken = new Map<string, string>();

  constructor(documents: IndexDocument<F>[], specs: Record<F, FieldSpec>) {
    this.size = documents.length;
    const names = Object.keys(specs) as F[];
    const averages = Object.fromEntries(
      names.map((f) => [f, documents.reduce((sum, d) => sum + d.fields[f].length, 0) / Math.max(1, documents.length)]),
    ) as Record<F, number>;
    const building = new Map<string, { docs: number[]; values: number[] }>();
    documents.forEach((document, doc) => {
      const weighted = new Map<string, number>();
      for (const field of names) {
        const tokens = document.fields[field];
        const counts = new Map<string, number>();
        for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
        for (const [token, tf] of counts) {
          const value = specs[field].weight * normalizeTf(tf, tokens.length, averages[field], specs[field].b);
          weighted.set(token, (weighted.get(token) ?? 0) + value);
        }
      }
      for (const [token, weightedTf] of weighted) {
        let list = building.get(token);
        if (!list) building.set(token, (list = { docs: [], values: [] }));
        list.docs.push(doc);
        list.values.push(saturate(weightedTf));
      }
      for (const [surface, token] of document.surfaces) if (!this.surfaceToken.has(surface)) this.surfaceToken.set(surface, token);
    });
    for (const [token, list] of building) this.postings.set(token, { docs: Int32Array.from(list.docs), values: Float32Array.from(list.values) });
    this.scores = new Float64Array(this.size);
    this.termBest = new Float64Array(this.size);
    this.sortedTokens = [...this.postings.keys()].sort();
    this.typos = new TypoIndex(this.surfaceToken.keys());
  }

  has(token: string): boolean {
    return this.postings.has(token);
  }

  documentFrequency(token: string): number {
    return this.postings.get(token)?.docs.length ?? 0;
  }

  private readonly idfs = new Map<string, number>();

  idf(token: string): number {
    let value = this.idfs.get(token);
    if (value === undefined) {
      value = idf(this.size, this.documentFrequency(token));
      if (this.postings.has(token)) this.idfs.set(token, value);
    }
    return value;
  }

  corrections(surface: string): string[] {
    return [...new Set(this.typos.corrections(surface).map((s) => this.surfaceToken.get(s)!))];
  }

  completions(prefix: string, limit: number): string[] {
    let lo = 0;
    let hi = this.sortedTokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sortedTokens[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < this.sortedTokens.length && this.sortedTokens[i].startsWith(prefix); i++) {
      if (this.sortedTokens[i] !== prefix) found.push(this.sortedTokens[i]);
    }
    return found.sort((a, b) => this.documentFrequency(b) - this.documentFrequency(a) || (a < b ? -1 : 1)).slice(0, limit);
  }

  /** Reused by every search (JavaScript runs one at a time): no per-query allocation of size-long arrays. */
  private readonly scores: Float64Array;
  private readonly termBest: Float64Array;

  /** BM25F over every document matching at least one term; a term scores its best alternative. */
  search(terms: ResolvedTerm[]): DocumentMatches {
    const { scores, termBest } = this;
    const matched: number[] = [];
    for (const doc of this.lastMatched) scores[doc] = 0;
    for (const term of terms) {
      const touched: number[] = [];
      for (const alternative of term.alternatives) {
        const postings = this.postings.get(alternative.token);
        if (!postings) continue;
        const weight = alternative.factor * this.idf(alternative.token) * queryWeight(term.count);
        // A weightless alternative adds nothing, and termBest's 0 means "not touched yet": it would list its documents twice.
        if (weight <= 0) continue;
        for (let i = 0; i < postings.docs.length; i++) {
          const doc = postings.docs[i];
          const value = weight * postings.values[i];
          if (termBest[doc] === 0) touched.push(doc);
          if (value > termBest[doc]) termBest[doc] = value;
        }
      }
      for (const doc of touched) {
        if (scores[doc] === 0) matched.push(doc);
        scores[doc] += termBest[doc];
        termBest[doc] = 0;
      }
    }
    this.lastMatched = matched;
    return { docs: matched, scores };
  }

  private lastMatched: number[] = [];

  /** The indexed tokens through which `doc` matched each term (its best alternative), for highlighting. */
  hitsOf(doc: number, terms: ResolvedTerm[]): Set<string> {
    const hits = new Set<string>();
    for (const term of terms) {
      let best = 0;
      let token = "";
      for (const alternative of term.alternatives) {
        const postings = this.postings.get(alternative.token);
        const at = postings ? binarySearch(postings.docs, doc) : -1;
        if (at < 0) continue;
        const value = alternative.factor * this.idf(alternative.token) * postings!.values[at];
        if (value > best) {
          best = value;
          token = alternative.token;
        }
      }
      if (token) hits.add(token);
    }
    return hits;
  }
}

function binarySearch(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === value) return mid;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
