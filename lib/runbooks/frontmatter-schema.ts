import { z } from "zod";
import { CALCULATOR_IDS, COMPONENTS, TAGS } from "./taxonomy";

/** The frontmatter every runbook file carries (docs/writing-runbooks.md). */

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const alertNamePattern = /^[A-Za-z_:][A-Za-z0-9_:]*$/;

const nonEmpty = (what: string) => z.string({ error: `${what} is required` }).trim().min(1, `${what} must not be empty`);

/** YAML turns `2026-11-22` into a Date; a quoted string is fine too. Normalised to YYYY-MM-DD. */
const isoDate = z.union([z.date(), z.string()], { error: "updated must be a date like 2026-11-22" }).transform((value, ctx) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
    ctx.addIssue({ code: "custom", message: `updated must be a date like 2026-11-22, got "${text}"` });
    return z.NEVER;
  }
  return text;
});

const listOf = <T extends z.ZodType>(item: T) => z.array(item).default([]);

export const runbookFrontmatterSchema = z
  .object({
    title: nonEmpty("title").max(120, "title must be at most 120 characters"),
    summary: nonEmpty("summary").max(400, "summary must be at most 400 characters (one or two sentences)"),
    kind: z.enum(["runbook", "reference"], { error: 'kind must be "runbook" or "reference"' }).default("runbook"),
    // How many, and of what kind: check-symptoms.ts.
    symptoms: z.array(nonEmpty("a symptom"), { error: "symptoms must be a list of strings" }),
    tags: z.array(z.enum(TAGS, { error: (issue) => `unknown tag "${String(issue.input)}" (allowed: see lib/runbooks/taxonomy.ts)` })).min(1, "tags needs at least one tag"),
    components: listOf(z.enum(COMPONENTS, { error: (issue) => `unknown component "${String(issue.input)}" (allowed: see lib/runbooks/taxonomy.ts)` })),
    alerts: listOf(z.string().regex(alertNamePattern, "alert names look like KubePodCrashLooping")),
    calculators: listOf(z.enum(CALCULATOR_IDS, { error: (issue) => `unknown calculator "${String(issue.input)}" (allowed: ${CALCULATOR_IDS.join(", ")})` })),
    related: listOf(z.string().regex(slugPattern, "related entries are runbook slugs like pod-pending")),
    updated: isoDate,
  })
  .strict();

export type RunbookFrontmatter = z.infer<typeof runbookFrontmatterSchema>;
export { slugPattern };
