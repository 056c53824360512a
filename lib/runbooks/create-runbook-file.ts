import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { slugPattern } from "./frontmatter-schema";
import { reservedSlugProblem } from "./reserved-slugs";
import { textProblem } from "@/lib/incidents/incident-limits";
import { DEFAULT_CONTENT_DIR, listRunbookFiles } from "./read-runbook-files";
import { buildRunbookSkeleton } from "./runbook-skeleton";

/** Why a runbook file cannot be created; the message says what to do instead. */
export class RunbookFileError extends Error {}

export interface NewRunbookInput {
  slug: string;
  /** Sub-folder of the content folder (an area such as kubernetes); none puts it at the top. */
  folder?: string;
  title?: string;
  today?: Date;
  contentDir?: string;
}

/**
 * Writes the skeleton of a new runbook to `<content>/<folder>/<slug>.mdx`.
 * Refuses a slug that is not kebab-case or that any runbook in any folder
 * already has (slugs are unique across folders), and never overwrites.
 * Returns the path written.
 */
export function createRunbookFile({ slug, folder, title, today = new Date(), contentDir = DEFAULT_CONTENT_DIR }: NewRunbookInput): string {
  if (!slugPattern.test(slug)) throw new RunbookFileError(`"${slug}" is not a valid slug: use lower-case words joined by hyphens, e.g. pod-pending`);
  const reserved = reservedSlugProblem(slug);
  if (reserved) throw new RunbookFileError(reserved);
  // The title goes into the frontmatter as one line: a line break or a control character would break it.
  const titleProblem = title === undefined ? null : textProblem(title, "line");
  if (titleProblem) throw new RunbookFileError(`the title ${titleProblem}`);
  if (folder !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(folder)) {
    throw new RunbookFileError(`"${folder}" is not a valid folder: one lower-case area name such as kubernetes or linux`);
  }
  const existing = listRunbookFiles(contentDir).find((file) => path.basename(file, ".mdx") === slug);
  if (existing) throw new RunbookFileError(`a runbook with the slug "${slug}" already exists: ${path.relative(process.cwd(), existing)}`);
  const dir = folder ? path.join(contentDir, folder) : contentDir;
  const file = path.join(dir, `${slug}.mdx`);
  mkdirSync(dir, { recursive: true });
  // "wx": fail rather than overwrite if the file appeared meanwhile.
  writeFileSync(file, buildRunbookSkeleton({ slug, title, today }), { flag: "wx" });
  return file;
}
