import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { isRulesInfo } from "./code-block-info";
import type { FencedBlock } from "./scan-body";
import { upstreamAlertSource } from "./upstream-alerts";

/**
 * A runbook's own Prometheus rule, for alerts no standard setup fires:
 * a ```` ```yaml rules ```` block holding a complete rule file
 * (`groups[].rules[]`). Each rule needs `alert`, `expr` and an
 * `annotations.runbook_url` that leads back to this runbook.
 */

export function isRulesBlock(block: FencedBlock): boolean {
  return isRulesInfo(block.lang, block.meta);
}

export interface RulesBlockProblem {
  line: number;
  message: string;
}

export interface RulesBlockResult {
  /** Alert names the block defines, in order. */
  alerts: { name: string; line: number }[];
  problems: RulesBlockProblem[];
}

function pathOf(url: string): string | null {
  try {
    return new URL(url, "https://runbooks.invalid").pathname.replace(/\/+$/, "");
  } catch {
    return null;
  }
}

/** Validates one rules block of the runbook `slug`, whose frontmatter lists `listedAlerts`. */
export function checkRulesBlock(block: FencedBlock, slug: string, listedAlerts: readonly string[]): RulesBlockResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(block.lines.join("\n"), { lineCounter, prettyErrors: false });
  // Line in the file of a node, or of the block's first content line when the node has no position.
  const lineOf = (node: Node | null | undefined) => block.line + (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const alerts: RulesBlockResult["alerts"] = [];
  const problems: RulesBlockProblem[] = [];
  const fail = (node: Node | null | undefined, message: string) => problems.push({ line: lineOf(node), message });

  if (doc.errors.length) {
    const [error] = doc.errors;
    return { alerts, problems: [{ line: block.line + (error.linePos?.[0].line ?? 1), message: `rules block is not valid YAML: ${error.message.split("\n")[0]}` }] };
  }
  const groups = isMap(doc.contents) ? doc.contents.get("groups", true) : undefined;
  if (!isSeq(groups) || groups.items.length === 0) {
    fail(doc.contents, "a rules block holds a Prometheus rule file: `groups:` with at least one `- name: … rules: […]`");
    return { alerts, problems };
  }
  for (const group of groups.items) {
    if (!isMap(group)) {
      fail(group as Node, "each entry of `groups` must be a mapping with `name` and `rules`");
      continue;
    }
    const name = group.get("name", true);
    if (!isScalar(name) || typeof name.value !== "string" || !name.value.trim()) fail(group, "each group needs a `name`");
    const rules = group.get("rules", true);
    if (!isSeq(rules) || rules.items.length === 0) {
      fail(group, "each group needs a non-empty `rules` list");
      continue;
    }
    for (const rule of rules.items) {
      if (!isMap(rule)) {
        fail(rule as Node, "each rule must be a mapping with `alert`, `expr` and `annotations.runbook_url`");
        continue;
      }
      const alert = rule.get("alert", true);
      const alertName = isScalar(alert) && typeof alert.value === "string" ? alert.value.trim() : "";
      if (!alertName) {
        fail(rule, "each rule needs `alert: <AlertName>` (a rules block ships alerts, not recording rules)");
        continue;
      }
      alerts.push({ name: alertName, line: lineOf(alert) });
      const expr = rule.get("expr", true);
      if (!isScalar(expr) || String(expr.value ?? "").trim() === "") fail(rule, `alert "${alertName}" needs an \`expr\``);
      const upstream = upstreamAlertSource(alertName);
      if (upstream) fail(alert, `"${alertName}" is an upstream alert (${upstream.mixin}); list it in alerts: instead of shipping a rule with the same name`);
      if (!listedAlerts.includes(alertName)) fail(alert, `alert "${alertName}" is shipped here but not listed in the frontmatter's alerts:`);
      const annotations = rule.get("annotations", true);
      const url = isMap(annotations) ? annotations.get("runbook_url", true) : undefined;
      const path = isScalar(url) && typeof url.value === "string" ? pathOf(url.value) : null;
      const accepted = [`/runbooks/${slug}`, ...listedAlerts.map((a) => `/runbooks/alerts/${a}`)];
      if (!path) {
        fail(isMap(annotations) ? annotations : rule, `alert "${alertName}" needs annotations.runbook_url pointing to /runbooks/${slug} or /runbooks/alerts/${alertName}`);
      } else if (!accepted.some((p) => path.endsWith(p))) {
        fail(url as Node, `runbook_url of "${alertName}" must end in /runbooks/${slug} or /runbooks/alerts/<an alert this runbook lists>, got "${path}"`);
      }
    }
  }
  return { alerts, problems };
}
