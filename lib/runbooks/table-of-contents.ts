import GithubSlugger from "github-slugger";
import { findHeadings } from "./sections";

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

/** Markdown inline syntax a heading may carry, reduced to the text rehype-slug sees. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[`*_~]/g, "")
    .replace(/\\([{}<>])/g, "$1")
    .trim();
}

/** `##` and `###` headings with the ids rehype-slug gives them (same slugger, same order). */
export function tableOfContents(body: string): TocEntry[] {
  const slugger = new GithubSlugger();
  return findHeadings(body)
    .map((h) => ({ ...h, text: plainText(h.text) }))
    .map((h) => ({ id: slugger.slug(h.text), text: h.text, depth: h.depth }))
    .filter((h): h is TocEntry => h.depth === 2 || h.depth === 3);
}
