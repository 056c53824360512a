import { scanBody } from "./scan-body";

/**
 * Incident text is Markdown; a runbook body is MDX, where `{`, `}` and `<` in
 * prose start expressions and JSX. This turns incident Markdown into MDX that
 * renders the same text: prose escaped outside inline code, code blocks kept
 * byte for byte (so literal lines stay literal), headings pushed below the
 * runbook's own `##` sections, and an unclosed fence closed so it cannot
 * swallow the sections after it. Pure.
 */

/** `[text](<url>)` (Alertmanager's source links) → `[text](url)` with the characters that would end the destination encoded. */
function plainLinkDestinations(text: string): string {
  return text.replace(/\]\(<([^<>\n]+)>\)/g, (_, url: string) => `](${url.replace(/[\s()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`)})`);
}

function escapeProse(text: string): string {
  return text.replace(/[{}<]/g, (c) => (c === "<" ? "&lt;" : `\\${c}`));
}

/** Escapes one prose line, leaving inline code spans as they are. */
function escapeProseLine(line: string): string {
  const withLinks = plainLinkDestinations(line);
  let out = "";
  let last = 0;
  for (const match of withLinks.matchAll(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g)) {
    out += escapeProse(withLinks.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + escapeProse(withLinks.slice(last));
}

/** Headings at `minDepth` or deeper, so incident headings nest under the section they are copied into. */
function demoteHeading(line: string, minDepth: number): string {
  const match = line.match(/^(#{1,6})(\s.*)$/);
  if (!match || match[1].length >= minDepth) return line;
  return `${"#".repeat(Math.min(6, match[1].length + minDepth - 1))}${match[2]}`;
}

/** Markdown with its headings pushed to `minDepth` or deeper (code blocks untouched), to copy it under a document's own sections. */
export function demoteHeadings(markdown: string, minDepth = 3): string {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  for (const { line, text } of scanBody(lines.join("\n")).prose) lines[line - 1] = demoteHeading(text, minDepth);
  return lines.join("\n").trim();
}

export function markdownToMdx(markdown: string, minHeadingDepth = 3): string {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const { blocks, prose } = scanBody(lines.join("\n"));
  const out = [...lines];
  for (const { line, text } of prose) out[line - 1] = escapeProseLine(demoteHeading(text, minHeadingDepth));
  const unclosed = blocks.find((b) => !b.closed);
  if (unclosed) out.push(lines[unclosed.line - 1].match(/^\s*(`{3,}|~{3,})/)?.[1] ?? "```");
  return out.join("\n").trim();
}
