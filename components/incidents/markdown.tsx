import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

// A code block wider than the column scrolls; focusable so keyboard users can scroll it too.
const MARKDOWN_COMPONENTS: Components = { pre: ({ node: _node, ...props }) => <pre tabIndex={0} {...props} /> };

/**
 * Incident sections are Markdown typed by people (or copied from alerts), so raw
 * HTML is never rendered: react-markdown without rehype-raw shows it as text, and
 * its default urlTransform drops javascript: links.
 */
export function Markdown({ source, emptyText = "Nothing written yet." }: { source: string; emptyText?: string }) {
  if (!source.trim()) return <p className="text-sm italic text-zinc-500 dark:text-zinc-400">{emptyText}</p>;
  return (
    <div className="prose prose-sm prose-zinc max-w-none break-words dark:prose-invert prose-pre:overflow-x-auto prose-code:before:content-none prose-code:after:content-none">
      <ReactMarkdown remarkPlugins={[remarkGfm]} components={MARKDOWN_COMPONENTS}>{source}</ReactMarkdown>
    </div>
  );
}
