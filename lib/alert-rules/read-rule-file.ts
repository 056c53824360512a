import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node, type YAMLMap } from "yaml";

/**
 * Reads the alerting rules out of one YAML file as Prometheus and the
 * Prometheus Operator see them: a plain rule file (`groups:`), a
 * `PrometheusRule` custom resource (`spec.groups`), or several of either as
 * documents of one file (`---`). Keeps 1-based line numbers, so problems and
 * GitHub annotations land on the rule. Pure: text in, rules out.
 */

export interface AlertRule {
  file: string;
  /** Line of the rule's `alert:` key. */
  line: number;
  alert: string;
  group: string;
  /** The PrometheusRule's metadata.name, for a custom resource. */
  resource: string | null;
  expr: string;
  for: string | null;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** Line of `annotations.runbook_url`, when there is one. */
  runbookUrlLine: number | null;
}

export interface RuleFileProblem {
  file: string;
  line: number;
  message: string;
}

export interface RuleFileResult {
  rules: AlertRule[];
  /** Recording rules seen (not checked: they fire nothing). */
  recordingRules: number;
  /** Documents that are neither a rule file nor a PrometheusRule (a Deployment in the same folder, …). */
  otherDocuments: number;
  /** The file cannot be read as rules: bad YAML, or a rule file whose shape is wrong. */
  problems: RuleFileProblem[];
}

const text = (node: unknown): string | null => (isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : null);

function stringMap(node: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isMap(node)) return out;
  for (const pair of node.items) {
    const key = text(pair.key);
    const value = text(pair.value);
    if (key !== null && value !== null) out[key] = value;
  }
  return out;
}

/** The `groups` sequence of a document, and the resource name when it is a PrometheusRule; null when the document holds no rules. */
function groupsOf(doc: Document): { groups: Node | null; resource: string | null; at: Node | null } | null {
  const root = doc.contents;
  if (!isMap(root)) return null;
  if (text(root.get("kind", true)) === "PrometheusRule") {
    const spec = root.get("spec", true);
    const metadata = root.get("metadata", true);
    const resource = isMap(metadata) ? text(metadata.get("name", true)) : null;
    return { groups: isMap(spec) ? ((spec.get("groups", true) as Node | undefined) ?? null) : null, resource, at: (spec as Node | undefined) ?? root };
  }
  if (root.has("groups")) return { groups: (root.get("groups", true) as Node | undefined) ?? null, resource: null, at: root };
  return null;
}

export function readRuleFile(file: string, source: string): RuleFileResult {
  const lineCounter = new LineCounter();
  const lineOf = (node: Node | null | undefined, fallback = 1) => (node?.range ? lineCounter.linePos(node.range[0]).line : fallback);
  const result: RuleFileResult = { rules: [], recordingRules: 0, otherDocuments: 0, problems: [] };
  const problem = (line: number, message: string) => result.problems.push({ file, line, message });

  const docs = parseAllDocuments(source, { lineCounter, prettyErrors: false, uniqueKeys: false });
  if (!Array.isArray(docs)) return result; // an empty file
  for (const doc of docs) {
    if (doc.errors.length) {
      const [error] = doc.errors;
      problem(lineCounter.linePos(error.pos[0]).line, `not valid YAML: ${error.message.split("\n")[0]}`);
      continue;
    }
    if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) continue; // `---` with nothing after it
    const found = groupsOf(doc);
    if (!found) {
      result.otherDocuments++;
      continue;
    }
    const { groups, resource } = found;
    const where = resource ? `PrometheusRule "${resource}": ` : "";
    if (!isSeq(groups)) {
      problem(lineOf(groups ?? found.at), `${where}\`groups\` must be a list of rule groups`);
      continue;
    }
    for (const group of groups.items) {
      if (!isMap(group)) {
        problem(lineOf(group as Node), `${where}each group must be a mapping with \`name\` and \`rules\``);
        continue;
      }
      readGroup(group, resource, where, lineOf, problem, result, file);
    }
  }
  return result;
}

function readGroup(
  group: YAMLMap,
  resource: string | null,
  where: string,
  lineOf: (node: Node | null | undefined, fallback?: number) => number,
  problem: (line: number, message: string) => void,
  result: RuleFileResult,
  file: string,
) {
  const name = text(group.get("name", true))?.trim() ?? "";
  if (!name) problem(lineOf(group), `${where}a rule group needs a \`name\``);
  const rules = group.get("rules", true);
  if (rules === undefined || rules === null || (isScalar(rules) && rules.value === null)) return; // an empty group is valid
  if (!isSeq(rules)) {
    problem(lineOf(rules as Node, lineOf(group)), `${where}\`rules\` of group "${name}" must be a list`);
    return;
  }
  for (const rule of rules.items) {
    if (!isMap(rule)) {
      problem(lineOf(rule as Node, lineOf(group)), `${where}each rule of group "${name}" must be a mapping`);
      continue;
    }
    if (rule.has("record")) {
      result.recordingRules++;
      continue;
    }
    const alertNode = rule.get("alert", true) as Node | undefined;
    const alert = text(alertNode)?.trim() ?? "";
    if (!alert) {
      problem(lineOf(rule), `${where}a rule of group "${name}" has neither \`alert\` nor \`record\``);
      continue;
    }
    const annotationsNode = rule.get("annotations", true);
    const urlNode = isMap(annotationsNode) ? (annotationsNode.get("runbook_url", true) as Node | undefined) : undefined;
    result.rules.push({
      file,
      line: lineOf(alertNode, lineOf(rule)),
      alert,
      group: name,
      resource,
      expr: text(rule.get("expr", true)) ?? "",
      for: text(rule.get("for", true)),
      labels: stringMap(rule.get("labels", true)),
      annotations: stringMap(annotationsNode),
      runbookUrlLine: urlNode ? lineOf(urlNode) : null,
    });
  }
}
