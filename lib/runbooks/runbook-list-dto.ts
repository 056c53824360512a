import { z } from "zod";

/**
 * GET /api/runbooks: every runbook's identity and the alerts it answers, for
 * tools that link to runbooks (`triage check-rules --url` reads it). The
 * schema is the contract: the server builds the body to it and clients parse
 * the body with it.
 */
export const runbookListSchema = z
  .object({
    runbooks: z.array(
      z.object({
        slug: z.string(),
        title: z.string(),
        summary: z.string(),
        kind: z.enum(["runbook", "reference"]),
        tags: z.array(z.string()),
        alerts: z.array(z.string()),
        url: z.string().describe("The runbook's page on this site"),
      }),
    ),
  })
  .meta({ id: "RunbookList" });

export type RunbookList = z.infer<typeof runbookListSchema>;
