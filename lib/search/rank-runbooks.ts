import { DocumentIndex, type FieldSpec } from "./document-index";
import { parseQuery, resolveTerms, type ParseOptions, type ResolvedTerm } from "./query-terms";
import { shortestCover } from "./shortest-cover";
import { analyze, type Term, type TokenizeOptions } from "./tokenize";
import { weighChineseTerms } from "./weigh-chinese-terms";
import { glossaryFor, type Glossary } from "./zh-en-glossary";

/**
 * Ranks runbooks for a query: BM25F over their fields, and above every other
 * result the runbooks one of whose `symptoms` entries the query matches
 * (nearly) exactly — a pasted log line that contains a symptom, or a typed
 * phrase that is most of one. Pure: built from the runbooks' text.
 */

export interface RunbookSearchSource {
  slug: string;
  title: string;
  summary: string;
  kind: "runbook" | "reference";
  symptoms: string[];
  alerts: string[];
  tags: string[];
  components: string[];
  /** The Phenomenon section (what you see), as Markdown. */
  phenomenon: string;
  /** The rest of the body. */
  body: string;
}

type Field = "title" | "symptoms" | "alerts" | "summary" | "labels" | "phenomenon" | "body";

/** Field weights, tuned on tests/relevance (npm run test:relevance prints the effect of a change). */
export const RUNBOOK_FIELDS: Record<Field, FieldSpec> = {
  title: { weight: 3, b: 0.3 },
  symptoms: { weight: 3, b: 0.4 },
  alerts: { weight: 2.5, b: 0 },
  summary: { weight: 2, b: 0.5 },
  labels: { weight: 1.5, b: 0 },
  phenomenon: { weight: 1, b: 0.6 },
  body: { weight: 0.6, b: 0.75 },
};

/** Reference pages gather commands, not fixes: they rank below runbooks that match as well. */
const REFERENCE_FACTOR = 0.75;
/** Above any BM25 score: a symptom, alert name or title matched (nearly) exactly. A score at or over it is this tier plus BM25 plus the phrase's strength. */
export const NEAR_EXACT_TIER = 1000;
/** Share of a partial phrase match's strength added to the BM25 score. */
const PARTIAL_PHRASE_WEIGHT = 0.5;
/**
 * How many positions (Term.position: words as written) more than the phrase
 * itself its words may spread over in a query that "contains" it. Log lines
 * put values between them: node "worker-03" not found is 1 over "node not
 * found", node "ip-10-0-1-23.ec2.internal" not found 2 (normalising splits
 * the host name in two). On tests/relevance, 80 of the 83 such matches of
 * the right runbook lie at most 1 over (the other 3, 4–27 over, rank first
 * without it); the kube-prometheus descriptions that matched a short
 * symptom by accident lie 3 over (KubeMemoryOvercommit: "Pods by bytes and
 * cannot tolerate" for "that the pod didn't tolerate"), 4, or 16 and more
 * (across a sentence end).
 */
const PROXIMITY_SLACK = 2;

export interface RankedRunbook {
  slug: string;
  score: number;
  /** The symptoms entry the query matched nearly exactly, if any (alert names and titles are not reported). */
  symptom: string | null;
  /** Indexed tokens that matched, for highlighting. */
  hits: Set<string>;
}

export interface RunbookQuery extends ParseOptions {
  tag?: string;
  limit?: number;
}

interface Prepared {
  source: RunbookSearchSource;
  /**
   * Distinct tokens of each phrase a query can match nearly exactly: the
   * symptoms, then each alert name, then the title (Han single characters
   * left out: they say little on their own).
   */
  phrases: string[][];
  /** The room each phrase takes in a text that holds it, in positions (Term.position). */
  spans: number[];
}

const phraseTokens = (terms: Term[]) => [...new Set(terms.filter((t) => !t.han || Array.from(t.token).length > 1).map((t) => t.token))];

const tokens = (terms: Term[]) => terms.map((t) => t.token);

/** Positions from a phrase's first token to its last, both counted (stopwords before the first and after the last do not count). */
const spanOf = (terms: Term[]) => (terms.length ? terms[terms.length - 1].position - terms[0].position + 1 : 0);

export class RunbookRanker {
  private readonly index: DocumentIndex<Field>;
  private readonly prepared: Prepared[];
  /** Every phrase of every runbook, and which phrases hold each token, so a query touches only the phrases it shares a token with. */
  private readonly phrases: PhraseEntry[] = [];
  private readonly phrasesByToken = new Map<string, number[]>();
  /** Per-phrase accumulators, reused by every search and reset for the phrases it touched. */
  private phraseHit = new Float64Array(0);
  private phraseCount = new Uint16Array(0);
  /** The Chinese words whose English equivalent some runbook uses. */
  private readonly glossary: Glossary;

  constructor(
    sources: RunbookSearchSource[],
    private readonly options: TokenizeOptions = {},
  ) {
    const surfaces: [string, string][] = [];
    const terms = (text: string) => {
      const found = analyze(text, options);
      for (const t of found) if (!t.han) surfaces.push([t.surface, t.token]);
      return found;
    };
    this.prepared = [];
    const documents = sources.map((source) => {
      surfaces.length = 0;
      const symptomTerms = source.symptoms.map(terms);
      const alertTerms = source.alerts.map(terms);
      const titleTerms = terms(source.title);
      const fields: Record<Field, string[]> = {
        title: tokens(titleTerms),
        symptoms: symptomTerms.flatMap(tokens),
        alerts: alertTerms.flatMap(tokens),
        summary: tokens(terms(source.summary)),
        labels: tokens(terms([...source.tags, ...source.components, source.slug.replace(/-/g, " ")].join(" "))),
        phenomenon: tokens(terms(source.phenomenon)),
        body: tokens(terms(source.body)),
      };
      const phraseTerms = [...symptomTerms, ...alertTerms, titleTerms];
      this.prepared.push({ source, phrases: phraseTerms.map(phraseTokens), spans: phraseTerms.map(spanOf) });
      return { fields, surfaces: [...surfaces] };
    });
    this.index = new DocumentIndex(documents, RUNBOOK_FIELDS);
    this.prepared.forEach(({ phrases, spans }, doc) => {
      phrases.forEach((tokens, index) => {
        const id = this.phrases.length;
        this.phrases.push({ doc, index, tokens, span: spans[index], mass: tokens.reduce((sum, t) => sum + this.index.idf(t), 0) });
        for (const token of tokens) {
          const list = this.phrasesByToken.get(token);
          if (list) list.push(id);
          else this.phrasesByToken.set(token, [id]);
        }
      });
    });
    this.phraseHit = new Float64Array(this.phrases.length);
    this.phraseCount = new Uint16Array(this.phrases.length);
    this.glossary = glossaryFor((token) => this.index.has(token));
  }

  get size(): number {
    return this.index.size;
  }

  /** Tokens of runbook words one typo away from `surface` (incident search borrows the runbooks' vocabulary). */
  corrections(surface: string): string[] {
    return this.index.corrections(surface);
  }

  /** The query's terms with their typo corrections, completions and English translations against the runbooks' words. */
  resolve(query: string, options: ParseOptions = {}): { normalized: string; terms: ResolvedTerm[] } {
    const parsed = parseQuery(query, { ...this.options, ...options });
    return { normalized: parsed.normalized, terms: weighChineseTerms(parsed.normalized, resolveTerms(parsed.terms, this.index), this.glossary) };
  }

  search(query: string, options: RunbookQuery = {}): RankedRunbook[] {
    const { terms } = this.resolve(query, options);
    if (terms.length === 0) return [];
    const best = this.bestPhrases(terms);
    const { docs, scores } = this.index.search(terms);
    const ranked: { doc: number; score: number; symptom: string | null }[] = [];
    for (const doc of docs) {
      const { source } = this.prepared[doc];
      if (options.tag && !source.tags.includes(options.tag)) continue;
      let score = scores[doc] * (source.kind === "reference" ? REFERENCE_FACTOR : 1);
      const phrase = best.get(doc);
      if (phrase?.nearExact) score += NEAR_EXACT_TIER + phrase.strength;
      else if (phrase) score += PARTIAL_PHRASE_WEIGHT * phrase.strength;
      const symptom = phrase?.nearExact && phrase.index < source.symptoms.length ? source.symptoms[phrase.index] : null;
      ranked.push({ doc, score, symptom });
    }
    const slugOf = (doc: number) => this.prepared[doc].source.slug;
    ranked.sort((a, b) => b.score - a.score || (slugOf(a.doc) < slugOf(b.doc) ? -1 : 1));
    return (options.limit ? ranked.slice(0, options.limit) : ranked).map((r) => ({ slug: slugOf(r.doc), score: r.score, symptom: r.symptom, hits: this.index.hitsOf(r.doc, terms) }));
  }

  private termIdf(term: ResolvedTerm): number {
    if (this.index.has(term.token)) return this.index.idf(term.token);
    return Math.max(0, ...term.alternatives.filter((a) => this.index.has(a.token)).map((a) => a.factor * this.index.idf(a.token)));
  }

  /**
   * Per runbook, how well the query matches its best phrase (a symptoms
   * entry, an alert name or the title). Near-exact: the query holds the
   * whole phrase (all but one word of five or more, by count and by IDF
   * mass) with its words together — a pasted line that contains it; or the
   * phrase holds nearly all of a query of two words or more — a typed part
   * of it. Strength: the IDF mass matched times the share of the phrase
   * matched, so among several the most specific phrase wins; partial
   * matches (the phrase's words scattered through the query included) earn
   * a share of it.
   */
  private bestPhrases(terms: ResolvedTerm[]): Map<number, PhraseMatch> {
    const credit = creditOf(terms);
    let positions: Map<string, number[]> | undefined;
    const queryMass = terms.reduce((sum, t) => sum + this.termIdf(t), 0);
    const { phraseHit, phraseCount } = this;
    const touched: number[] = [];
    for (const [token, factor] of credit) {
      const weight = this.index.idf(token) * factor;
      for (const id of this.phrasesByToken.get(token) ?? []) {
        if (phraseCount[id] === 0) touched.push(id);
        phraseHit[id] += weight;
        phraseCount[id] += 1;
      }
    }
    const best = new Map<number, PhraseMatch>();
    for (const id of touched) {
      const hit = phraseHit[id];
      const count = phraseCount[id];
      phraseHit[id] = 0;
      phraseCount[id] = 0;
      const phrase = this.phrases[id];
      if (hit === 0 || phrase.mass === 0) continue;
      const covered = hit / phrase.mass;
      const countCovered = count / phrase.tokens.length;
      const queryCovered = queryMass > 0 ? Math.min(1, hit / queryMass) : 0;
      const typedPart = terms.length >= 2 && queryCovered >= 0.9 && covered >= 0.5;
      // Positions are looked at only here, for the few phrases the query holds nearly all of.
      const contained = !typedPart && phrase.tokens.length >= 2 && covered >= 0.8 && countCovered >= 0.8 && standsTogether(phrase, (positions ??= positionsOf(terms)));
      const candidate = { index: phrase.index, nearExact: contained || typedPart, strength: hit * covered };
      if (!candidate.nearExact && covered < 0.5) continue;
      const current = best.get(phrase.doc);
      if (!current || Number(candidate.nearExact) > Number(current.nearExact) || (candidate.nearExact === current.nearExact && candidate.strength > current.strength)) {
        best.set(phrase.doc, candidate);
      }
    }
    return best;
  }
}

interface PhraseEntry {
  doc: number;
  /** Index into the runbook's phrases. */
  index: number;
  /** Distinct tokens (Prepared.phrases). */
  tokens: string[];
  /** Prepared.spans. */
  span: number;
  /** Sum of the tokens' IDF. */
  mass: number;
}

/** Whether the phrase's tokens that the query has stand within the phrase's own span (plus PROXIMITY_SLACK) of each other in it. */
function standsTogether(phrase: PhraseEntry, positions: Map<string, number[]>): boolean {
  const lists: number[][] = [];
  for (const token of phrase.tokens) {
    const found = positions.get(token);
    if (found) lists.push(found);
  }
  return shortestCover(lists) <= phrase.span + PROXIMITY_SLACK;
}

/** Per indexed token, where in the query the terms that may match it occur (a typo and its correction, typed side by side, both count). */
function positionsOf(terms: ResolvedTerm[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  for (const term of terms) {
    for (const { token } of term.alternatives) {
      const seen = positions.get(token);
      positions.set(token, seen ? [...seen, ...term.positions].sort((a, b) => a - b) : term.positions);
    }
  }
  return positions;
}

interface PhraseMatch {
  /** Index into the runbook's phrases: its symptoms first, then alerts, then the title. */
  index: number;
  nearExact: boolean;
  strength: number;
}

/** Per indexed token, the best factor any query term gives a match on it. */
function creditOf(terms: ResolvedTerm[]): Map<string, number> {
  const credit = new Map<string, number>();
  for (const term of terms) {
    for (const alternative of term.alternatives) credit.set(alternative.token, Math.max(credit.get(alternative.token) ?? 0, alternative.factor));
  }
  return credit;
}

