import { z } from "zod";
import { SEVERITIES, STATUSES } from "@/lib/incidents/incident-schemas";

/**
 * The JSON of GET /api/search, as zod schemas: runSearch returns these types
 * and the OpenAPI document (lib/openapi) is generated from the schemas, so the
 * contract is what the route sends. Client components import the types only.
 */

const searchResultBase = {
  id: z.string().describe("Runbook slug or incident id (as text)"),
  title: z.string(),
  url: z.string().describe("The page of the runbook or incident on this site"),
  snippet: z.string().describe("Plain text around the matched words (Markdown removed)"),
  highlights: z
    .array(z.tuple([z.number().int(), z.number().int()]))
    .describe("[start, end) character offsets of the matched words in `snippet`"),
  score: z.number().describe("Relevance within its type (runbook and incident scores are on different scales; near-exact runbook matches score 1000 and up)"),
};

export const runbookSearchResultSchema = z
  .object({
    type: z.literal("runbook"),
    ...searchResultBase,
    kind: z.enum(["runbook", "reference"]),
    tags: z.array(z.string()),
    symptom: z.string().nullable().describe("The symptoms entry the query matched nearly exactly, if any"),
    incidentCount: z.number().int().nullable().describe("Incidents linked to this runbook; null for a caller without incidents:read (runbooks are public, incident figures are not)"),
  })
  .meta({ id: "RunbookSearchResult" });
export type RunbookSearchResult = z.infer<typeof runbookSearchResultSchema>;

export const incidentSearchResultSchema = z
  .object({
    type: z.literal("incident"),
    ...searchResultBase,
    severity: z.enum(SEVERITIES),
    status: z.enum(STATUSES),
    service: z.string(),
    startedAt: z.iso.datetime({ offset: true }),
    fix: z.string().describe("How it was fixed: the start of its Fix section, as plain text"),
    runbooks: z.array(z.object({ slug: z.string(), title: z.string(), fixWorked: z.boolean().nullable() })).describe("Linked runbooks and whether their fix worked"),
  })
  .meta({ id: "IncidentSearchResult" });
export type IncidentSearchResult = z.infer<typeof incidentSearchResultSchema>;

export const searchResultSchema = z.discriminatedUnion("type", [runbookSearchResultSchema, incidentSearchResultSchema]);
export type SearchResult = z.infer<typeof searchResultSchema>;

export const searchResponseSchema = z
  .object({
    query: z.string().describe("The query as received (colour codes and stray control characters removed)"),
    normalized: z.string().describe("The query after log normalisation (instance data such as IPs, pod suffixes and timestamps taken out)"),
    tookMs: z.number(),
    results: z.array(searchResultSchema).describe("Runbooks first (the fix), then incidents; incidents only for a caller who may read them"),
  })
  .meta({ id: "SearchResponse" });
export type SearchResponse = z.infer<typeof searchResponseSchema>;
