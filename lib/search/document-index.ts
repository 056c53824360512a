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

interface Posting {
  doc: number;
  /** Σ over fields of weight × length-normalised term frequency. */
  weightedTf: number;
}

export interface DocumentMatch {
  doc: number;
  score: number;
  /** Query term tokens (the term's own token, whichever alternative matched) that matched. */
  matched: Set<string>;
  /** The indexed tokens that matched (for highlighting). */
  hits: Set<string>;
}

export class DocumentIndex<F extends string> implements Vocabulary {
  readonly size: number;
  private readonly postings = new Map<string, Posting[]>();
  private readonly sortedTokens: string[];
  private readonly typos: TypoIndex;
  private readonly surfaceToken = new Map<string, string>();

  constructor(documents: IndexDocument<F>[], specs: Record<F, FieldSpec>) {
    this.size = documents.length;
    const names = Object.keys(specs) as F[];
    const averages = Object.fromEntries(
      names.map((f) => [f, documents.reduce((sum, d) => sum + d.fields[f].length, 0) / Math.max(1, documents.length)]),
    ) as Record<F, number>;
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
        const list = this.postings.get(token);
        if (list) list.push({ doc, weightedTf });
        else this.postings.set(token, [{ doc, weightedTf }]);
      }
      for (const [surface, token] of document.surfaces) if (!this.surfaceToken.has(surface)) this.surfaceToken.set(surface, token);
    });
    this.sortedTokens = [...this.postings.keys()].sort();
    this.typos = new TypoIndex(this.surfaceToken.keys());
  }

  has(token: string): boolean {
    return this.postings.has(token);
  }

  documentFrequency(token: string): number {
    return this.postings.get(token)?.length ?? 0;
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

  /** BM25F over every document matching at least one term; a term scores its best alternative. */
  search(terms: ResolvedTerm[]): DocumentMatch[] {
    const matches = new Map<number, DocumentMatch>();
    for (const term of terms) {
      const best = new Map<number, { score: number; token: string }>();
      for (const alternative of term.alternatives) {
        const weight = alternative.factor * this.idf(alternative.token) * queryWeight(term.count);
        for (const posting of this.postings.get(alternative.token) ?? []) {
          const score = weight * saturate(posting.weightedTf);
          const current = best.get(posting.doc);
          if (!current || score > current.score) best.set(posting.doc, { score, token: alternative.token });
        }
      }
      for (const [doc, { score, token }] of best) {
        let match = matches.get(doc);
        if (!match) matches.set(doc, (match = { doc, score: 0, matched: new Set(), hits: new Set() }));
        match.score += score;
        match.matched.add(term.token);
        match.hits.add(token);
      }
    }
    return [...matches.values()];
  }
}
