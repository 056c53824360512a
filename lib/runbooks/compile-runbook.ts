import { bundleMDX } from "mdx-bundler";
import rehypeHighlight from "rehype-highlight";
import rehypeSlug from "rehype-slug";
import { all as allLanguages } from "lowlight";
import remarkGfm from "remark-gfm";
import { promql } from "./promql-language";
import { remarkCodeMeta } from "./remark-code-meta";

/** highlight.js's grammars, and PromQL, which it lacks (promql-language.ts). */
const LANGUAGES = { ...allLanguages, promql };

/**
 * Compiles a runbook body to the code mdx-bundler's getMDXComponent runs.
 * Done at build time for the static runbook pages, and by content:check.
 * Syntax highlighting happens here, so no highlighter ships to the browser.
 */
export async function compileRunbook(body: string): Promise<string> {
  const result = await bundleMDX({
    source: body,
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, remarkCodeMeta];
      options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeSlug, [rehypeHighlight, { languages: LANGUAGES, detect: false, plainText: ["text", "txt", "log"] }]];
      return options;
    },
  });
  return result.code;
}

export interface CompileProblem {
  line: number;
  message: string;
}

/** Compiles and reports the first error with its line in the original file, or null when it compiles. */
export async function findCompileProblem(body: string, bodyStartLine: number): Promise<CompileProblem | null> {
  try {
    await compileRunbook(body);
    return null;
  } catch (error) {
    const err = error as { errors?: { text: string; location?: { line: number } | null; detail?: { place?: { line?: number; start?: { line?: number } } } }[]; message?: string };
    const first = err.errors?.[0];
    const place = first?.detail?.place;
    const line = place?.start?.line ?? place?.line ?? first?.location?.line;
    const message = (first?.text ?? err.message ?? String(error)).split("\n")[0];
    return { line: line ? bodyStartLine + line - 1 : bodyStartLine, message: `MDX does not compile: ${message}` };
  }
}
