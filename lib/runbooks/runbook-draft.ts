import GithubSlugger from "github-slugger";

/**
 * A runbook skeleton built from the incidents of a runbook gap (the
 * dashboard's "Write a runbook"): frontmatter with what the incidents say
 * (title, alert names, symptoms), and the four sections seeded with what
 * was written on each incident, quoted and attributed, for the author to
 * rewrite. It is a start, not a runbook: `content:check` flags the
 * placeholders until they are replaced. Pure.
 */

export interface DraftSourceIncident {
  id: number;
  title: string;
  service: string;
  alertname: string | null;
  phenomenon: string;
  cause: string;
  fix: string;
  result: string;
}

export interface RunbookDraft {
  slug: string;
  mdx: string;
}

const SECTIONS = [
  ["Phenomenon", "phenomenon", "What you see: error text and command output, verbatim."],
  ["Cause", "cause", "Why it happens. Where the incidents do not say, write *Not recorded in the source notes.*"],
  ["Fix", "fix", "The exact commands and config."],
  ["Result", "result", "What changed, with figures. Never invent a figure."],
] as const;

const MAX_PER_SECTION = 5;
const yamlString = (text: string) => JSON.stringify(text.replace(/\s+/g, " ").trim());
const unique = <T,>(values: T[]) => [...new Set(values)];

/** The first paragraph of a Markdown section, as one quoted line. */
function firstParagraph(text: string): string {
  return text.trim().split(/\n\s*\n/)[0].replace(/\s+/g, " ").trim();
}

export function draftRunbook(incidents: DraftSourceIncident[], now = new Date()): RunbookDraft {
  const title = incidents[0]?.title.replace(/^[A-Za-z_:][A-Za-z0-9_:]*:\s*/, "") || "New runbook";
  const slug = new GithubSlugger().slug(title).slice(0, 60).replace(/-+$/, "") || "new-runbook";
  const alerts = unique(incidents.flatMap((i) => (i.alertname ? [i.alertname] : [])));
  const symptoms = unique(incidents.map((i) => i.title)).slice(0, MAX_PER_SECTION);
  const frontmatter = [
    "---",
    `title: ${yamlString(title)}`,
    `summary: "TODO: one or two sentences an on-call engineer reads in the search results."`,
    "symptoms:",
    ...symptoms.map((s) => `  - ${yamlString(s)}`),
    "tags: [TODO] # from lib/runbooks/taxonomy.ts",
    `components: [] # from lib/runbooks/taxonomy.ts; services seen: ${unique(incidents.map((i) => i.service)).join(", ")}`,
    ...(alerts.length ? [`alerts: [${alerts.join(", ")}]`] : []),
    `updated: ${now.toISOString().slice(0, 10)}`,
    "---",
  ];
  const sections = SECTIONS.flatMap(([heading, field, guidance]) => {
    const notes = incidents
      .filter((i) => i[field].trim())
      .slice(0, MAX_PER_SECTION)
      .map((i) => `> From incident #${i.id}: ${firstParagraph(i[field])}`);
    return ["", `## ${heading}`, "", `{/* TODO: ${guidance} */}`, ...(notes.length ? ["", ...notes.flatMap((n, k) => (k ? ["", n] : [n]))] : [])];
  });
  return { slug, mdx: `${[...frontmatter, ...sections].join("\n")}\n` };
}
