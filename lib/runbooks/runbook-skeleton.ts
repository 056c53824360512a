import { placeholder } from "./draft-markers";
import { REQUIRED_SECTIONS } from "./sections";

/**
 * The MDX `triage new-runbook` writes: the frontmatter and the four required
 * sections, every part a person must write marked with the draft marker, so
 * content:check reports each one at its line until it is filled — and passes
 * once they are (docs/writing-runbooks.md). Pure.
 */

export interface SkeletonInput {
  slug: string;
  /** Used as the title when given; otherwise the title is a placeholder. */
  title?: string;
  /** Frontmatter `updated`. */
  today: Date;
}

/** YAML double-quoted scalar. */
const quoted = (text: string) => JSON.stringify(text);

const SECTION_HINTS: Record<(typeof REQUIRED_SECTIONS)[number], string[]> = {
  Phenomenon: [
    placeholder("what on-call sees first (alert, error, event), in a sentence or two."),
    "",
    "```text",
    placeholder("the output exactly as the screen shows it; at least one of the symptoms above must appear here verbatim"),
    "```",
  ],
  Cause: [placeholder("why it happens, from the evidence (what the output above means).")],
  Fix: [placeholder("the exact steps in order, each command in its own bash code block, ready to paste at 3 a.m.")],
  Result: [placeholder("what changed after the fix and how you confirmed it (the output that shows it).")],
};

export function buildRunbookSkeleton({ slug, title, today }: SkeletonInput): string {
  const symptoms = [
    placeholder("an error line exactly as printed (it must also appear in Phenomenon's code block)"),
    placeholder("another message, event or status line from the screen"),
    placeholder("the same problem in Chinese, as an engineer would search it (e.g. 证书过期)"),
  ];
  const lines = [
    "---",
    `title: ${quoted(title?.trim() || placeholder("what you see, in a few words, e.g. Pod stuck in Pending"))}`,
    `summary: ${quoted(placeholder("one or two sentences: the symptom, the cause and the fix"))}`,
    "symptoms:",
    ...symptoms.map((s) => `  - ${quoted(s)}`),
    `tags: [${quoted(placeholder("one or more tags from lib/runbooks/taxonomy.ts, e.g. kubernetes"))}]`,
    "components: []",
    "alerts: []",
    "related: []",
    `updated: ${today.toISOString().slice(0, 10)}`,
    "---",
    "",
    `{/* ${placeholder(`write every marked part of ${slug}, list the alerts it answers in alerts:, delete this line, then run npm run content:check`)} */}`,
  ];
  for (const section of REQUIRED_SECTIONS) lines.push("", `## ${section}`, "", ...SECTION_HINTS[section]);
  return `${lines.join("\n")}\n`;
}
