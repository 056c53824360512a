import { z } from "zod";
import { cleanText } from "@/lib/incidents/incident-limits";
import { TAGS } from "@/lib/runbooks/taxonomy";
import { MAX_QUERY_LENGTH } from "./normalize-log-text";
import { formatNumber } from "@/lib/format-number";
import { wholeNumberMessages, wholeNumberTextOr } from "@/lib/whole-number-text";
import { givenOnceOr } from "@/lib/http/search-params";

/** GET /api/search (and the /search page, which reads the same parameters from its URL). */

export const SEARCH_TYPES = ["runbook", "incident"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
export const SEARCH_LIMIT_DEFAULT = 20;
export const SEARCH_LIMIT_MAX = 50;

const LIMIT_MESSAGES = wholeNumberMessages("limit", 1, SEARCH_LIMIT_MAX);
const Q_REQUIRED = "q is required: paste the error or type what you see";
const qGivenOnce = givenOnceOr("q", "q must be text");

export const searchQuerySchema = z.object({
  q: z
    .string({ error: (issue) => (issue.input === undefined ? Q_REQUIRED : qGivenOnce(issue)) })
    .max(MAX_QUERY_LENGTH, `q must be at most ${formatNumber(MAX_QUERY_LENGTH, 0)} characters (several pasted log lines fit)`)
    // Pasted terminal output carries colour codes and stray controls: dropped, not refused (lib/incidents/incident-limits.ts).
    .transform((q) => cleanText(q, "multiline"))
    .refine((q) => q.trim().length > 0, Q_REQUIRED)
    .describe("What you see: pasted log lines or an error message, or typed words (English or Chinese)"),
  type: z.enum(SEARCH_TYPES, { error: givenOnceOr("type", "type must be runbook or incident") }).optional().describe("Only runbooks or only incidents; both when absent"),
  tag: z
    .enum(TAGS, { error: givenOnceOr("tag", `tag must be one of ${TAGS.join(", ")}`) })
    .optional()
    .describe("Runbooks with this tag, and incidents linked to such a runbook"),
  limit: wholeNumberTextOr(SEARCH_LIMIT_DEFAULT, 1, SEARCH_LIMIT_MAX, LIMIT_MESSAGES)
    .describe("At most this many results"),
});

/**
 * POST /api/search: the same fields in a JSON body, for a query too long for a URL (a pasted log: a
 * Chinese character is 9 bytes once percent-encoded). Only `limit` differs: a JSON number, not text.
 */
export const searchBodySchema = searchQuerySchema.extend({
  limit: z
    .number({ error: LIMIT_MESSAGES.invalid })
    .int(LIMIT_MESSAGES.invalid)
    .min(1, LIMIT_MESSAGES.tooSmall)
    .max(SEARCH_LIMIT_MAX, LIMIT_MESSAGES.tooBig)
    .default(SEARCH_LIMIT_DEFAULT)
    .describe("At most this many results"),
});

export type SearchQueryInput = z.input<typeof searchQuerySchema>;
export type SearchQuery = z.output<typeof searchQuerySchema>;
