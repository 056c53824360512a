import { z } from "zod";
import { MAX_RECORD_ID } from "@/lib/whole-number";
import { wholeNumberText } from "@/lib/whole-number-text";

/** GET /api/runbook-drafts?incident=1&incident=2: the incidents one draft is built from, in the order given. */
export const MAX_DRAFT_INCIDENTS = 20;

const NOT_AN_ID = "incident must be an incident id";
const incidentId = wholeNumberText(1, MAX_RECORD_ID, { invalid: NOT_AN_ID, tooSmall: NOT_AN_ID, tooBig: NOT_AN_ID });

export const runbookDraftQuerySchema = z.object({
  incident: z
    .union([incidentId.transform((id) => [id]), z.array(incidentId)], { error: "incident must be one or more incident ids (incident=12&incident=15)" })
    .transform((ids) => [...new Set(ids)])
    .pipe(z.array(z.number()).min(1, "give at least one incident").max(MAX_DRAFT_INCIDENTS, `a draft merges at most ${MAX_DRAFT_INCIDENTS} incidents`)),
});

export type RunbookDraftQuery = z.infer<typeof runbookDraftQuerySchema>;
