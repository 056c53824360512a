import { compileRunbook } from "./compile-runbook";
import { getRunbookEntry, type RunbookMeta } from "./runbook-index";
import { tableOfContents, type TocEntry } from "./table-of-contents";

export interface RunbookPage {
  meta: RunbookMeta;
  code: string;
  toc: TocEntry[];
  related: Pick<RunbookMeta, "slug" | "title" | "summary">[];
}

const compiled = new Map<string, Promise<string>>();

/** Everything the runbook page renders; compiled once per slug (at build time for the static pages). */
export async function getRunbookPage(slug: string): Promise<RunbookPage | undefined> {
  const entry = getRunbookEntry(slug);
  if (!entry) return undefined;
  if (!compiled.has(slug)) compiled.set(slug, compileRunbook(entry.body));
  const related = entry.meta.related.flatMap((s) => {
    const r = getRunbookEntry(s)?.meta;
    return r ? [{ slug: r.slug, title: r.title, summary: r.summary }] : [];
  });
  return { meta: entry.meta, code: await compiled.get(slug)!, toc: tableOfContents(entry.body), related };
}
