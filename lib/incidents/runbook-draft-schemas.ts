import { z } from "zod";

/** GET /api/runbook-drafts?incident=1&incident=2: the incidents one draft is built from, in the order given. */
export const MAX_DRAFT_INCIDENTS = 20;

const incidentId = z.coerce
  .number({ error: "incident must be an incident id" })
  .int("incident must be an incident id")
  .min(1, "incident must be an incident id")
  .max(2_147_483_647, "incident must be an incident id");

export const runbookDraftQuerySchema = z.object({
  incident: z
    .union([incidentId.transform((id) => [id]), z.array(incidentId)], { error: "incident must be one or more incident ids (incident=12&incident=15)" })
    .transform((ids) => [...new Set(ids)])
    .pipe(z.array(z.number()).min(1, "give at least one incident").max(MAX_DRAFT_INCIDENTS, `a draft merges at most ${MAX_DRAFT_INCIDENTS} incidents`)),
});

export type RunbookDraftQuery = z.infer<typeof runbookDraftQuerySchema>;
