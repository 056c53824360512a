import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";

/** Reading runbook files from disk: no validation here (see check-runbooks.ts). */

/** content/runbooks, or TRIAGE_CONTENT_DIR (the e2e list-size check serves a synthetic 1,000-runbook library with it). */
export const DEFAULT_CONTENT_DIR = path.resolve(process.cwd(), process.env.TRIAGE_CONTENT_DIR || "content/runbooks");

export interface RunbookSource {
  slug: string;
  /** Path relative to the working directory, as printed in problems and shown on pages. */
  file: string;
  raw: string;
  /** Parsed YAML frontmatter, not yet validated. */
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyStartLine: number;
}

export function listRunbookFiles(dir: string = DEFAULT_CONTENT_DIR): string[] {
  return readdirSync(/*turbopackIgnore: true*/ dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".mdx"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export class FrontmatterSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export function readRunbookSource(absPath: string): RunbookSource {
  const raw = readFileSync(/*turbopackIgnore: true*/ absPath, "utf8");
  const file = path.relative(process.cwd(), absPath);
  const slug = path.basename(absPath, ".mdx");
  if (!raw.startsWith("---")) {
    return { slug, file, raw, data: {}, body: raw, bodyStartLine: 1 };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh object each time: gray-matter caches by content otherwise.
    parsed = matter(raw, {});
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    throw new FrontmatterSyntaxError((mark?.line ?? 0) + 2, `frontmatter is not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  const bodyStartLine = raw.slice(0, raw.length - parsed.content.length).split("\n").length;
  return { slug, file, raw, data: parsed.data as Record<string, unknown>, body: parsed.content, bodyStartLine };
}

/** 1-based line of `key:` in the frontmatter, or 1 when absent. */
export function lineOfField(raw: string, key: string | undefined): number {
  if (!key) return 1;
  const lines = raw.split("\n");
  const index = lines.findIndex((line, i) => i > 0 && line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}

/**
 * 1-based line of the `index`-th item of the list field `key` in the
 * frontmatter: the item's own `- ` line in block style, the `key:` line in
 * flow style (`key: [a, b]`), or the `key:` line when the item is not found.
 */
export function lineOfListItem(raw: string, key: string, index: number): number {
  const keyLine = lineOfField(raw, key);
  const lines = raw.split("\n");
  if (keyLine === 1 || /\[/.test(lines[keyLine - 1].slice(key.length + 1))) return keyLine;
  let seen = -1;
  for (let i = keyLine; i < lines.length; i++) {
    if (/^\s*-(\s|$)/.test(lines[i])) {
      seen++;
      if (seen === index) return i + 1;
    } else if (lines[i].trim() !== "" && !/^\s/.test(lines[i])) break;
  }
  return keyLine;
}
