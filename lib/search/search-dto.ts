import type { IncidentStatus, Severity } from "@/lib/incidents/incident-schemas";
import type { SearchType } from "./search-schemas";

/** The JSON of GET /api/search; client components import the types only. */

interface SearchResultBase {
  type: SearchType;
  /** Runbook slug or incident id (as text). */
  id: string;
  title: string;
  url: string;
  /** Plain text around the matched words (Markdown removed). */
  snippet: string;
  /** [start, end) character offsets of the matched words in `snippet`. */
  highlights: [number, number][];
  /** Relevance within its type (runbook and incident scores are on different scales). */
  score: number;
}

export interface RunbookSearchResult extends SearchResultBase {
  type: "runbook";
  kind: "runbook" | "reference";
  tags: string[];
  /** The symptoms entry the query matched nearly exactly, if any. */
  symptom: string | null;
  /** Incidents linked to this runbook. */
  incidentCount: number;
}

export interface IncidentSearchResult extends SearchResultBase {
  type: "incident";
  severity: Severity;
  status: IncidentStatus;
  service: string;
  startedAt: string;
  /** How it was fixed: the start of its Fix section, as plain text. */
  fix: string;
  /** Linked runbooks and whether their fix worked. */
  runbooks: { slug: string; title: string; fixWorked: boolean | null }[];
}

export type SearchResult = RunbookSearchResult | IncidentSearchResult;

export interface SearchResponse {
  query: string;
  normalized: string;
  tookMs: number;
  results: SearchResult[];
}
