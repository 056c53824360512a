import { normalizeLogText } from "@/lib/search/normalize-log-text";
import { isCommandLine } from "./check-symptoms";
import { inlineCodeSpans, scanBody } from "./scan-body";

/**
 * Symptoms for a runbook draft, taken from an incident's Phenomenon. A symptom
 * must be text a screen showed (docs/writing-runbooks.md), so only the
 * literal lines count: output in fenced blocks (not shell or config blocks,
 * not prompt lines) and inline code spans of a few words. Each line is cut to
 * its longest run of words that the search normaliser leaves untouched: the
 * stable part without timestamps, addresses, pod hashes or counters. That run
 * is a substring of the line, so the line shown in the draft's Phenomenon
 * satisfies content:check's "appears verbatim in code" rule.
 */

/** Blocks that hold what a screen printed; shell and config blocks hold what someone typed. */
const OUTPUT_LANGS = new Set(["", "text", "console", "log", "logs", "output", "plaintext", "txt", "json"]);
const PROMPT = /^(?:\$|#|>|\[[^\]]*\][#$]|[\w.-]+@[\w.-]+:[^\s]*[#$])\s/;
const MIN_WORDS = 3;
const MAX_LENGTH = 200;
const HAN = /\p{Script=Han}/u;

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** The longest run of whole words in `line` that carries no instance data (normaliser leaves it as is); "" when none. */
export function stableRun(line: string): string {
  const words = squash(line).split(" ").filter(Boolean);
  let best = "";
  for (let start = 0; start < words.length; start++) {
    // From each start, the first clean run going from the longest down is the longest from there.
    for (let end = words.length; end - start >= MIN_WORDS; end--) {
      const run = words.slice(start, end).join(" ");
      if (run.length <= best.length) break;
      if (normalizeLogText(run) === run) {
        best = run;
        break;
      }
    }
  }
  return best.replace(/[\s,;:(]+$/, "").slice(0, MAX_LENGTH);
}

/** Lines of the Phenomenon a screen printed: output blocks (prompts dropped) and inline code spans of several words. */
export function literalLines(phenomenon: string): string[] {
  const { blocks, prose } = scanBody(phenomenon);
  const fromBlocks = blocks.filter((b) => OUTPUT_LANGS.has(b.lang) && b.meta !== "rules").flatMap((b) => b.lines.filter((line) => !PROMPT.test(line.trim())));
  const fromSpans = inlineCodeSpans(prose)
    .map((s) => s.text)
    .filter((text) => text.split(/\s+/).length >= MIN_WORDS);
  return [...fromBlocks, ...fromSpans].map(squash).filter((line) => line && !isCommandLine(line));
}

/** Stable literal runs from one Phenomenon, in order, without duplicates. */
export function symptomsFromPhenomenon(phenomenon: string): string[] {
  const runs = literalLines(phenomenon)
    .map(stableRun)
    .filter((run) => /\p{L}{3}/u.test(run) && !isCommandLine(run));
  return dedupe(runs);
}

/** The first sentence with Chinese in any of the texts, for the symptom an engineer would type; undefined when none has any. */
export function chinesePhrase(texts: string[]): string | undefined {
  for (const text of texts) {
    for (const sentence of text.split(/[。！？!?\n]|\.\s/)) {
      const clean = squash(sentence.replace(/[`*_>#]/g, " "));
      if (HAN.test(clean) && !isCommandLine(clean)) return clean.slice(0, 80);
    }
  }
  return undefined;
}

/** An alert's summary (the first paragraph of an Alertmanager incident's Phenomenon), instance data removed. */
export function alertSummarySymptom(phenomenon: string): string | undefined {
  const first = phenomenon.split(/\n\s*\n/)[0] ?? "";
  if (first.startsWith("[") || first.startsWith("```")) return undefined;
  const normalized = normalizeLogText(first).replace(/[\s,;:(]+$/, "");
  return normalized.split(" ").length >= MIN_WORDS && !isCommandLine(normalized) ? normalized.slice(0, MAX_LENGTH) : undefined;
}

export function dedupe(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
