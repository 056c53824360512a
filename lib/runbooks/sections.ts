import { scanBody } from "./scan-body";

/** The body's second-level sections, in the order runbooks must use. */
export const REQUIRED_SECTIONS = ["Phenomenon", "Cause", "Fix", "Result"] as const;
export const OPTIONAL_SECTIONS = ["Verification", "Prevention", "References"] as const;
const ORDER: readonly string[] = [...REQUIRED_SECTIONS, ...OPTIONAL_SECTIONS];

export interface Heading {
  depth: number;
  text: string;
  line: number;
}

/** ATX headings outside fenced code blocks, with their 1-based line numbers in `source`. */
export function findHeadings(body: string, firstLine = 1): Heading[] {
  const headings: Heading[] = [];
  for (const { line, text } of scanBody(body, firstLine).prose) {
    const match = text.match(/^(#{1,6})\s+(.+?)\s*#*\s*$/);
    if (match) headings.push({ depth: match[1].length, text: match[2].trim(), line });
  }
  return headings;
}

export interface SectionProblem {
  line: number;
  message: string;
}

/** Checks a runbook body's `##` sections: the four required ones first, in order, then the optional ones in order. */
export function checkSections(headings: Heading[], bodyStartLine: number): SectionProblem[] {
  const problems: SectionProblem[] = [];
  const h2 = headings.filter((h) => h.depth === 2);
  for (const name of REQUIRED_SECTIONS) {
    if (!h2.some((h) => h.text === name)) problems.push({ line: bodyStartLine, message: `missing required section "## ${name}"` });
  }
  let lastIndex = -1;
  for (const heading of h2) {
    const index = ORDER.indexOf(heading.text);
    if (index === -1) {
      problems.push({ line: heading.line, message: `unknown section "## ${heading.text}" (allowed: ${ORDER.join(", ")}; use ### for sub-sections)` });
      continue;
    }
    if (index < lastIndex) {
      problems.push({ line: heading.line, message: `section "## ${heading.text}" is out of order (expected order: ${ORDER.join(", ")})` });
    } else if (index === lastIndex) {
      problems.push({ line: heading.line, message: `section "## ${heading.text}" appears twice` });
    }
    lastIndex = Math.max(lastIndex, index);
  }
  return problems;
}
