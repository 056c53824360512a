import type { FencedBlock } from "./scan-body";

/**
 * A bash/sh/shell block must run when pasted whole. This finds the lines
 * that are not shell: a bare "or" between two alternatives, a `$ ` or
 * `[root@node ~]# ` prompt (a transcript belongs in a console block), an English sentence or label,
 * Chinese text outside quotes and comments. Comments,
 * blank lines, continuation lines (after `\`, `|`, `&&`, `||` or inside an
 * open quote) and heredoc bodies are never prose.
 */

export const SHELL_LANGS: ReadonlySet<string> = new Set(["bash", "sh", "shell"]);

export interface ProseInShell {
  /** Index into `block.lines`. */
  index: number;
  text: string;
  /** A bare "or" between alternatives, a `$ ` prompt of a transcript, or any other line that is not shell. */
  kind: "connector" | "prompt" | "prose";
}

const CONNECTOR = /^(?:or|and|either|otherwise|alternatively|或者?|然后|以及)\s*[:：]?$/i;
/** `$ cmd`, and the prompts notes copy from real terminals: `[root@node ~]# cmd`, `root@debian:~# cmd`. */
const PROMPT = /^(?:\$|\[[^\]\s]+(?:\s[^\]]*)?\][#$]|[\w.-]+@[\w.-]+:\S*[#$])\s/;
const SENTENCE = /^[A-Z][a-z]+(?:'[a-z]+)?[,:]?\s+[A-Za-z]/;
const LABEL = /^[A-Za-z][A-Za-z ]*[a-z]:$/;
const HAN = /\p{Script=Han}/u;
const HEREDOC = /<<(-?)\s*(['"]?)([A-Za-z_][\w-]*)\2/g;

interface LineScan {
  /** The line with quoted text and the trailing comment removed. */
  bare: string;
  quote: "'" | '"' | null;
  heredocs: { delimiter: string; stripTabs: boolean }[];
}

/** Walks one line, carrying quote state over from the previous one. */
function scanLine(text: string, quote: "'" | '"' | null): LineScan {
  let bare = "";
  // The line up to its comment, quotes kept: a heredoc delimiter may be quoted (<<'EOF').
  let code = text;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      continue;
    }
    if (c === "\\") {
      if (i === text.length - 1 && quote === null) bare += c;
      i++;
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = null;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      continue;
    }
    if (c === "#" && (i === 0 || /\s/.test(text[i - 1]))) {
      code = text.slice(0, i);
      break;
    }
    bare += c;
  }
  const heredocs = quote === null ? [...code.matchAll(HEREDOC)].filter((m) => code[m.index - 1] !== "<").map((m) => ({ delimiter: m[3], stripTabs: m[1] === "-" })) : [];
  return { bare, quote, heredocs };
}

function classify(text: string, bare: string): ProseInShell["kind"] | null {
  const trimmed = text.trim();
  if (CONNECTOR.test(trimmed)) return "connector";
  if (PROMPT.test(trimmed)) return "prompt";
  if (HAN.test(bare)) return "prose";
  const firstWord = trimmed.split(/\s/)[0];
  if (firstWord.includes("=")) return null;
  return SENTENCE.test(trimmed) || LABEL.test(trimmed) ? "prose" : null;
}

export function findProseInShell(block: FencedBlock): ProseInShell[] {
  const found: ProseInShell[] = [];
  let quote: "'" | '"' | null = null;
  let continued = false;
  const pendingHeredocs: { delimiter: string; stripTabs: boolean }[] = [];
  let heredoc: { delimiter: string; stripTabs: boolean } | null = null;
  block.lines.forEach((text, index) => {
    if (heredoc) {
      const candidate = heredoc.stripTabs ? text.replace(/^\t+/, "") : text;
      if (candidate.trim() === heredoc.delimiter) heredoc = pendingHeredocs.shift() ?? null;
      return;
    }
    const startsInside = continued || quote !== null;
    const scan = scanLine(text, quote);
    quote = scan.quote;
    const kind = startsInside || text.trim() === "" || text.trim().startsWith("#") ? null : classify(text, scan.bare);
    if (kind) found.push({ index, text: text.trim(), kind });
    pendingHeredocs.push(...scan.heredocs);
    continued = quote === null && /(\\|\||&&)\s*$/.test(scan.bare);
    if (quote === null && !continued && pendingHeredocs.length) heredoc = pendingHeredocs.shift() ?? null;
  });
  return found;
}
