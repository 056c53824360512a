/**
 * One pass over a runbook body that separates fenced code blocks from the
 * rest, with 1-based line numbers in the file. Headings, literal symptoms,
 * shell blocks and rules blocks all read this, so they agree on where a
 * fence opens and closes.
 */

export interface FencedBlock {
  /** First word of the info string (`bash` in ```` ```bash ````), lower-cased; "" when none. */
  lang: string;
  /** The rest of the info string (`rules` in ```` ```yaml rules ````). */
  meta: string;
  /** Line of the opening fence. */
  line: number;
  /** Content lines with the fence's own indentation removed; `lines[i]` is on line `line + 1 + i`. */
  lines: string[];
  /** False when the file ends before the closing fence. */
  closed: boolean;
}

export interface ProseLine {
  line: number;
  text: string;
}

export interface ScannedBody {
  blocks: FencedBlock[];
  /** Lines outside fenced code blocks. */
  prose: ProseLine[];
}

const FENCE = /^(\s*)(`{3,}|~{3,})(.*)$/;

export function scanBody(body: string, firstLine = 1): ScannedBody {
  const blocks: FencedBlock[] = [];
  const prose: ProseLine[] = [];
  let open: { block: FencedBlock; marker: string; indent: number } | null = null;
  body.split("\n").forEach((raw, index) => {
    const line = firstLine + index;
    const fence = raw.match(FENCE);
    if (open) {
      // A closing fence: same character, at least as long, nothing after it.
      if (fence && fence[2][0] === open.marker[0] && fence[2].length >= open.marker.length && fence[3].trim() === "") {
        open.block.closed = true;
        open = null;
        return;
      }
      open.block.lines.push(stripIndent(raw, open.indent));
      return;
    }
    // A backtick fence's info string may not contain backticks (that is inline code).
    if (fence && !(fence[2][0] === "`" && fence[3].includes("`"))) {
      const [lang = "", ...rest] = fence[3].trim().split(/\s+/);
      const block: FencedBlock = { lang: lang.toLowerCase(), meta: rest.join(" "), line, lines: [], closed: false };
      blocks.push(block);
      open = { block, marker: fence[2], indent: fence[1].length };
      return;
    }
    prose.push({ line, text: raw });
  });
  return { blocks, prose };
}

function stripIndent(text: string, indent: number): string {
  let i = 0;
  while (i < indent && i < text.length && text[i] === " ") i++;
  return text.slice(i);
}

/** Text of inline code spans (`like this`) in prose lines. Spans do not cross lines here. */
export function inlineCodeSpans(prose: ProseLine[]): ProseLine[] {
  const spans: ProseLine[] = [];
  for (const { line, text } of prose) {
    const pattern = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;
    for (const match of text.matchAll(pattern)) spans.push({ line, text: match[2].trim() });
  }
  return spans;
}
