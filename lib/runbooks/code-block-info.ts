/**
 * What a fenced block's info string (```` ```yaml rules ````) means, shared by
 * content:check and the code-block renderer so both agree.
 */

/** The meta word that marks a runbook's own Prometheus rule file. */
export const RULES_META = "rules";

export function isRulesInfo(lang: string | undefined, meta: string | undefined): boolean {
  return (lang === "yaml" || lang === "yml") && (meta ?? "").split(/\s+/).includes(RULES_META);
}

/** The label shown above a code block. */
export function codeBlockLabel(lang: string | undefined, meta: string | undefined): string {
  if (isRulesInfo(lang, meta)) return "Prometheus rule";
  return lang ?? "text";
}
