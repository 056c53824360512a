/**
 * Closest runbooks for an alert name no runbook claims (the 404 page of
 * /runbooks/alerts/<name>). Pure: splits CamelCase alert names into words and
 * scores runbooks by shared words in their alerts, title, tags and symptoms.
 */
export interface SuggestionCandidate {
  slug: string;
  title: string;
  alerts: readonly string[];
  tags: readonly string[];
  symptoms: readonly string[];
}

/** KubePodCrashLooping → "Kube Pod Crash Looping", CPUThrottlingHigh → "CPU Throttling High". */
export function splitCamelCase(text: string): string {
  return text.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2");
}

export function alertWords(text: string): string[] {
  return splitCamelCase(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2);
}

export function suggestRunbooks<T extends SuggestionCandidate>(alertname: string, candidates: T[], limit = 5): T[] {
  const wanted = new Set(alertWords(alertname));
  if (wanted.size === 0) return [];
  const scored = candidates.map((c) => {
    const alertHits = new Set(c.alerts.flatMap(alertWords).filter((w) => wanted.has(w))).size;
    const textHits = new Set([c.title, c.slug, ...c.tags, ...c.symptoms].flatMap(alertWords).filter((w) => wanted.has(w))).size;
    return { c, score: alertHits * 3 + textHits };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.c.title.localeCompare(b.c.title))
    .slice(0, limit)
    .map((s) => s.c);
}
