import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node, type YAMLMap } from "yaml";
import { yamlErrorLine } from "./yaml-error-line";

/**
 * Reads the alerting rules out of one YAML file as Prometheus and the
 * Prometheus Operator see them: a plain rule file (`groups:`), a
 * `PrometheusRule` custom resource (`spec.groups`), several of either as
 * documents of one file (`---`), or a `kind: List` of resources (what
 * `kubectl get prometheusrules -A -o yaml` prints; it was skipped as "not
 * rules"). Anchors, aliases and `<<` merge keys are followed, as Prometheus's
 * YAML reader does (a rule whose annotations were `*crash` had "no
 * runbook_url"), and a key given twice in one mapping is refused, as
 * Prometheus refuses it (the line of one copy was reported with the value of
 * the other). Keeps 1-based line numbers, so problems and GitHub annotations
 * land on the rule. Pure: text in, rules out.
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

/** One document's nodes, with aliases resolved and `<<` merge keys followed. */
class DocumentReader {
  constructor(private readonly doc: Document) {}

  /** The node an alias points at (aliases of aliases too); other nodes as they are. */
  resolve(node: unknown): unknown {
    let current = node;
    for (let hops = 0; isAlias(current) && hops < 100; hops++) current = current.resolve(this.doc);
    return current;
  }

  text(node: unknown): string | null {
    const resolved = this.resolve(node);
    return isScalar(resolved) && resolved.value !== null && resolved.value !== undefined && typeof resolved.value !== "symbol" ? String(resolved.value) : null;
  }

  /** The maps a `<<` key of `map` merges in, nearest first. */
  private mergedMaps(map: YAMLMap): YAMLMap[] {
    const out: YAMLMap[] = [];
    for (const pair of map.items) {
      if (!isMergeKey(pair.key)) continue;
      const value = this.resolve(pair.value);
      const sources = isSeq(value) ? value.items.map((item) => this.resolve(item)) : [value];
      for (const source of sources) if (isMap(source)) out.push(source);
    }
    return out;
  }

  /** The value at `key`: the map's own pair first, then the maps merged in with `<<`. */
  get(map: unknown, key: string): Node | undefined {
    const resolved = this.resolve(map);
    if (!isMap(resolved)) return undefined;
    for (const pair of resolved.items) {
      if (!isMergeKey(pair.key) && this.text(pair.key) === key) return (this.resolve(pair.value) as Node | null) ?? undefined;
    }
    for (const source of this.mergedMaps(resolved)) {
      const found = this.get(source, key);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  has(map: unknown, key: string): boolean {
    const resolved = this.resolve(map);
    return isMap(resolved) && (resolved.items.some((pair) => !isMergeKey(pair.key) && this.text(pair.key) === key) || this.mergedMaps(resolved).some((source) => this.has(source, key)));
  }

  /** A map of strings (labels, annotations): merged-in pairs first, the map's own pairs over them. */
  stringMap(node: unknown): Record<string, string> {
    const resolved = this.resolve(node);
    const out: Record<string, string> = {};
    if (!isMap(resolved)) return out;
    for (const source of this.mergedMaps(resolved).reverse()) Object.assign(out, this.stringMap(source));
    for (const pair of resolved.items) {
      if (isMergeKey(pair.key)) continue;
      const key = this.text(pair.key);
      const value = this.text(pair.value);
      if (key !== null && value !== null) out[key] = value;
    }
    return out;
  }
}

/** With `merge: true`, the parser gives a `<<` key the value Symbol(<<). */
function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === "symbol";
}

/** The resources a document holds: itself, or the items of a `kind: List`. */
function resourcesOf(reader: DocumentReader, root: unknown): unknown[] {
  if (reader.text(reader.get(root, "kind")) !== "List") return [root];
  const items = reader.get(root, "items");
  return isSeq(items) ? items.items.map((item) => reader.resolve(item)) : [];
}

/** The `groups` sequence of a resource, and its name when it is a PrometheusRule; null when it holds no rules. */
function groupsOf(reader: DocumentReader, root: unknown): { groups: Node | null; resource: string | null; at: Node | null } | null {
  if (!isMap(root)) return null;
  if (reader.text(reader.get(root, "kind")) === "PrometheusRule") {
    const spec = reader.get(root, "spec");
    const resource = reader.text(reader.get(reader.get(root, "metadata"), "name"));
    return { groups: reader.get(spec, "groups") ?? null, resource, at: spec ?? root };
  }
  if (reader.has(root, "groups")) return { groups: reader.get(root, "groups") ?? null, resource: null, at: root };
  return null;
}

export function readRuleFile(file: string, source: string): RuleFileResult {
  const lineCounter = new LineCounter();
  const lineOf = (node: Node | null | undefined, fallback = 1) => (node?.range ? lineCounter.linePos(node.range[0]).line : fallback);
  const result: RuleFileResult = { rules: [], recordingRules: 0, otherDocuments: 0, problems: [] };
  const problem = (line: number, message: string) => result.problems.push({ file, line, message });

  const docs = parseAllDocuments(source, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: true });
  if (!Array.isArray(docs)) return result; // an empty file
  for (const doc of docs) {
    if (doc.errors.length) {
      const [error] = doc.errors;
      const { line, col } = lineCounter.linePos(error.pos[0]);
      const duplicate = error.code === "DUPLICATE_KEY" ? /^\s*(?:-\s+)?["']?([^"':]+)/.exec(source.split("\n")[line - 1]?.slice(col - 1) ?? "")?.[1] : undefined;
      const message = duplicate ? `the key "${duplicate.trim()}" is given twice in one mapping (Prometheus refuses that too)` : error.message.split("\n")[0];
      problem(yamlErrorLine(source, line), `not valid YAML: ${message}`);
      continue;
    }
    if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) continue; // `---` with nothing after it
    const reader = new DocumentReader(doc);
    for (const resource of resourcesOf(reader, doc.contents)) {
      const found = groupsOf(reader, resource);
      if (!found) {
        result.otherDocuments++;
        continue;
      }
      const { groups, resource: name } = found;
      const where = name ? `PrometheusRule "${name}": ` : "";
      if (!isSeq(groups)) {
        problem(lineOf(groups ?? found.at), `${where}\`groups\` must be a list of rule groups`);
        continue;
      }
      for (const item of groups.items) {
        const group = reader.resolve(item);
        if (!isMap(group)) {
          problem(lineOf(item as Node), `${where}each group must be a mapping with \`name\` and \`rules\``);
          continue;
        }
        readGroup(reader, group, name, where, lineOf, problem, result, file);
      }
    }
  }
  return result;
}

function readGroup(
  reader: DocumentReader,
  group: YAMLMap,
  resource: string | null,
  where: string,
  lineOf: (node: Node | null | undefined, fallback?: number) => number,
  problem: (line: number, message: string) => void,
  result: RuleFileResult,
  file: string,
) {
  const name = reader.text(reader.get(group, "name"))?.trim() ?? "";
  if (!name) problem(lineOf(group), `${where}a rule group needs a \`name\``);
  const rules = reader.get(group, "rules");
  if (rules === undefined || rules === null || (isScalar(rules) && rules.value === null)) return; // an empty group is valid
  if (!isSeq(rules)) {
    problem(lineOf(rules, lineOf(group)), `${where}\`rules\` of group "${name}" must be a list`);
    return;
  }
  for (const item of rules.items) {
    const rule = reader.resolve(item);
    if (!isMap(rule)) {
      problem(lineOf(item as Node, lineOf(group)), `${where}each rule of group "${name}" must be a mapping`);
      continue;
    }
    // Prometheus refuses to load a rule with both, or an alert without `expr`; checked here as it would be, not passed as linked.
    if (reader.has(rule, "record") && reader.has(rule, "alert")) {
      problem(lineOf(rule), `${where}a rule of group "${name}" has both \`alert\` and \`record\`; Prometheus takes one`);
      continue;
    }
    if (reader.has(rule, "record")) {
      result.recordingRules++;
      continue;
    }
    const alertNode = reader.get(rule, "alert");
    const alert = reader.text(alertNode)?.trim() ?? "";
    if (!alert) {
      problem(lineOf(rule), `${where}a rule of group "${name}" has neither \`alert\` nor \`record\``);
      continue;
    }
    if (!reader.text(reader.get(rule, "expr"))?.trim()) {
      problem(lineOf(alertNode, lineOf(rule)), `${where}alert "${alert}" of group "${name}" has no \`expr\`; Prometheus refuses a rule without one`);
      continue;
    }
    const annotationsNode = reader.get(rule, "annotations");
    const urlNode = reader.get(annotationsNode, "runbook_url");
    result.rules.push({
      file,
      // A rule written as an alias (`- *rule`) is reported where it is used.
      line: isAlias(item) ? lineOf(item as Node) : lineOf(alertNode, lineOf(rule)),
      alert,
      group: name,
      resource,
      expr: reader.text(reader.get(rule, "expr")) ?? "",
      for: reader.text(reader.get(rule, "for")),
      labels: reader.stringMap(reader.get(rule, "labels")),
      annotations: reader.stringMap(annotationsNode),
      runbookUrlLine: urlNode ? lineOf(urlNode) : null,
    });
  }
}
