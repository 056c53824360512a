import { alertWords } from "@/lib/runbooks/suggest-runbooks";
import { MAX_QUERY_LENGTH } from "@/lib/search/normalize-log-text";
import type { AlertRule } from "./read-rule-file";

/**
 * What to search the runbooks for when a rule has no working runbook: its
 * summary and description with the Go template actions (`{{ $labels.pod }}`,
 * `{{ $value | humanizePercentage }}`) taken out, since they are placeholders,
 * not words an SRE would see; then the alert name split into words
 * (KubePodCrashLooping → kube pod crash looping). Pure.
 */
export function stripTemplates(text: string): string {
  return text
    .replace(/\{\{[\s\S]*?\}\}/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function searchTextOfRule(rule: Pick<AlertRule, "alert" | "annotations">): string {
  const { summary = "", description = "", message = "" } = rule.annotations;
  const text = [summary, description || message, alertWords(rule.alert).join(" ")].map(stripTemplates).filter(Boolean).join(" ");
  return text.slice(0, MAX_QUERY_LENGTH);
}
