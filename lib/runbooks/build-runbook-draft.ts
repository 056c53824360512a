import { z } from "zod";
import type { IncidentDto } from "@/lib/incidents/incident-dto";
import { MIN_SYMPTOMS } from "./check-symptoms";
import { DRAFT_MARKER, placeholder } from "./draft-markers";
import { alertSummarySymptom, chinesePhrase, dedupe, symptomsFromPhenomenon } from "./draft-symptoms";
import { newRunbookSlug } from "./new-runbook-slug";
import { markdownToMdx } from "./markdown-to-mdx";
import { COMPONENTS, TAGS, type Component, type Tag } from "./taxonomy";
import { upstreamAlertSource } from "./upstream-alerts";

/**
 * A runbook draft (MDX) built from one incident or several of the same kind
 * (docs/writing-runbooks.md is the target). Everything that can be derived is:
 * symptoms from the Phenomenon's literal lines, alerts from the alert names
 * content:check would accept, tags and components from the service, the four
 * sections from the incidents. What cannot be derived is a placeholder
 * carrying DRAFT_MARKER, and so is the "not yet reviewed" callout: content:check
 * fails on every one of them until a person has filled or removed it. Pure;
 * what it needs to know about the library comes in `library`.
 */

export type DraftIncident = Pick<IncidentDto, "id" | "title" | "service" | "namespace" | "environment" | "alertname" | "source" | "phenomenon" | "cause" | "fix" | "result" | "runbooks">;

export interface DraftLibrary {
  /** Alert name → the slug of the runbook that already lists it (an alert belongs to one runbook). */
  claimedAlerts: ReadonlyMap<string, string>;
  /** Slugs in the library: the draft's slug avoids them, `related` only names them. */
  slugs: ReadonlySet<string>;
  /** YYYY-MM-DD for `updated`. */
  today: string;
}

export const runbookDraftSchema = z
  .object({
    slug: z.string(),
    fileName: z.string(),
    content: z.string().describe("The MDX file: frontmatter and body."),
    placeholders: z.array(z.string()).describe(`What is still to do, one entry per placeholder kind (the file marks each with ${DRAFT_MARKER}).`),
    incidentIds: z.array(z.number().int()),
  })
  .meta({ id: "RunbookDraft" });
export type RunbookDraft = z.infer<typeof runbookDraftSchema>;

const MAX_SYMPTOMS = 10;
const TAG_SET: ReadonlySet<string> = new Set(TAGS);
const COMPONENT_SET: ReadonlySet<string> = new Set(COMPONENTS);

/** Components that imply a tag (the filters on /runbooks are by tag). */
const COMPONENT_TAGS: Partial<Record<Component, Tag[]>> = {
  coredns: ["dns", "kubernetes"],
  "ingress-nginx": ["ingress", "nginx"],
  nginx: ["nginx"],
  etcd: ["etcd"],
  apiserver: ["kubernetes"],
  kubelet: ["kubernetes"],
  "kube-controller-manager": ["kubernetes"],
  "kube-scheduler": ["kubernetes"],
  "kube-proxy": ["kubernetes", "linux-network"],
  kubectl: ["kubernetes"],
  kubeadm: ["kubernetes"],
  pod: ["kubernetes"],
  deployment: ["kubernetes"],
  daemonset: ["kubernetes"],
  pvc: ["kubernetes", "linux-storage"],
  mysql: ["mysql"],
  kafka: ["kafka"],
  alertmanager: ["monitoring"],
  prometheus: ["monitoring"],
  docker: ["docker"],
  containerd: ["docker"],
  runc: ["docker"],
  istiod: ["istio"],
  "istio-proxy": ["istio"],
  envoy: ["istio"],
  kernel: ["linux-kernel"],
  xfs: ["linux-storage"],
  disk: ["linux-storage"],
  raid: ["linux-storage", "hardware"],
  overlayfs: ["linux-storage", "docker"],
  tcp: ["linux-network"],
  conntrack: ["linux-network"],
  iptables: ["linux-network"],
  cron: ["cron"],
  openssl: ["tls"],
  go: ["go"],
};

/** Services named after a component, with or without the kube- prefix or a suffix (mysql-proxy → mysql). */
function componentsOf(service: string): Component[] {
  const name = service.trim().toLowerCase();
  const candidates = [name, name.replace(/^kube-/, ""), ...name.split(/[-_.]/)];
  return dedupe(candidates.filter((c) => COMPONENT_SET.has(c))) as Component[];
}

function tagsOf(incident: DraftIncident, components: Component[]): Tag[] {
  const tags: string[] = [];
  const service = incident.service.trim().toLowerCase();
  for (const part of [service, ...service.split(/[-_.]/)]) if (TAG_SET.has(part)) tags.push(part);
  for (const component of components) tags.push(...(COMPONENT_TAGS[component] ?? []));
  const mixin = incident.alertname ? upstreamAlertSource(incident.alertname)?.mixin : undefined;
  if (incident.namespace || mixin === "kubernetes-mixin") tags.push("kubernetes");
  if (mixin === "etcd-mixin") tags.push("etcd");
  return dedupe(tags) as Tag[];
}

/** First sentence (up to `max` characters) of Markdown prose, code and markup dropped. */
function firstSentence(markdown: string, max: number): string {
  const prose = markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/^\s*(?:#+|>)\s*/gm, "")
    .replace(/\*\*?/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const sentence = prose.match(/^.*?[.!?。](?=\s|$)/)?.[0] ?? prose;
  return sentence.length > max ? `${sentence.slice(0, max - 1).trimEnd()}…` : sentence;
}

/** A YAML scalar that is always a string: JSON's double-quoted form is valid YAML. */
const yamlString = (text: string) => JSON.stringify(text);
const yamlList = (key: string, items: string[]) => (items.length ? `${key}:\n${items.map((item) => `  - ${yamlString(item)}`).join("\n")}` : "");

interface SectionPart {
  incident: DraftIncident;
  text: string;
}

/** One section's text: the incident's own for a single incident; for several, one `###` part per incident that has text. */
function section(name: string, parts: SectionPart[], missing: () => string): string {
  const filled = parts.filter((p) => p.text.trim());
  if (filled.length === 0) return `## ${name}\n\n${missing()}`;
  if (parts.length === 1) return `## ${name}\n\n${markdownToMdx(filled[0].text, 3)}`;
  const body = filled.map((p) => `### Incident #${p.incident.id}: ${markdownToMdx(p.incident.title.replace(/\n/g, " "), 3)}\n\n${markdownToMdx(p.text, 4)}`).join("\n\n");
  return `## ${name}\n\n${body}`;
}

export function buildRunbookDraft(incidents: DraftIncident[], library: DraftLibrary): RunbookDraft {
  if (incidents.length === 0) throw new Error("buildRunbookDraft needs at least one incident");
  const first = incidents[0];
  const ids = incidents.map((i) => i.id);
  const todo: string[] = [];
  const mark = (what: string, hint: string) => {
    todo.push(what);
    return placeholder(hint);
  };

  // Symptoms: literal lines first (one of them must appear verbatim in the body), then alert summaries, then Chinese.
  const literal = dedupe(incidents.flatMap((i) => symptomsFromPhenomenon(i.phenomenon)));
  const summaries = incidents.filter((i) => i.source === "alertmanager").map((i) => alertSummarySymptom(i.phenomenon)).filter((s): s is string => Boolean(s && s.length <= 160));
  const chinese = chinesePhrase(incidents.flatMap((i) => [i.title, i.phenomenon, i.cause]));
  const symptoms = dedupe([...literal, ...summaries]).slice(0, chinese ? MAX_SYMPTOMS - 1 : MAX_SYMPTOMS);
  if (literal.length === 0) symptoms.unshift(mark("symptoms", "a line a tool printed during the incident, also shown in a code block under Phenomenon"));
  symptoms.push(chinese ?? mark("symptoms", "the phrase an engineer would type in Chinese for this problem"));
  while (symptoms.length < MIN_SYMPTOMS) symptoms.push(mark("symptoms", "another line on screen during the incident (log line, event, error message)"));

  // Alerts: only names content:check accepts (upstream) and no runbook claims yet.
  const alertNotes: string[] = [];
  const alerts: string[] = [];
  for (const alert of dedupe(incidents.map((i) => i.alertname?.trim() ?? "").filter(Boolean))) {
    const owner = library.claimedAlerts.get(alert);
    if (owner) alertNotes.push(`\`${alert}\` already belongs to the runbook \`${owner}\`: merge into it, or move the alert here on purpose.`);
    else if (!upstreamAlertSource(alert)) alertNotes.push(`\`${alert}\` is not an upstream alert: to list it, ship its rule in a \`yaml rules\` block (docs/writing-runbooks.md, "Rules blocks").`);
    else alerts.push(alert);
  }

  const components = dedupe(incidents.flatMap((i) => componentsOf(i.service))) as Component[];
  const tags = dedupe(incidents.flatMap((i) => tagsOf(i, componentsOf(i.service))));
  const tagLines = tags.length ? tags : [mark("tags", `tags from lib/runbooks/taxonomy.ts for the service "${first.service}"`)];
  const related = dedupe(incidents.flatMap((i) => i.runbooks)).filter((slug) => library.slugs.has(slug));

  const summarySource = incidents.map((i) => i.cause).find((c) => c.trim());
  const summary = summarySource ? firstSentence(summarySource, 400) : mark("summary", "one or two sentences an on-call engineer reads in the search results");
  const title = first.title.replace(/\s+/g, " ").trim().slice(0, 120);
  const slug = newRunbookSlug(first.title, `incident-${first.id}`, (taken) => library.slugs.has(taken));

  const frontmatter = [
    "---",
    `title: ${yamlString(title)}`,
    `summary: ${yamlString(summary)}`,
    yamlList("symptoms", symptoms),
    yamlList("tags", tagLines),
    yamlList("components", components),
    yamlList("alerts", alerts),
    yamlList("related", related),
    `updated: ${library.today}`,
    "---",
  ].filter(Boolean);

  const from = ids.length === 1 ? `incident #${first.id}` : `incidents ${ids.map((id) => `#${id}`).join(", ")}`;
  const callout = [
    `<Callout type="warning" title="Draft: not yet reviewed">`,
    "",
    `${DRAFT_MARKER}: generated by Triage from ${from} on ${library.today}. Check every line against the incident${ids.length > 1 ? "s" : ""}, keep only what holds for every occurrence, fill each ${DRAFT_MARKER} placeholder, then delete this callout.`,
    ...alertNotes.map((note) => `\n${note}`),
    "",
    "</Callout>",
  ].join("\n");
  todo.push("review");

  const parts = (pick: (i: DraftIncident) => string) => incidents.map((incident) => ({ incident, text: pick(incident) }));
  const body = [
    callout,
    section("Phenomenon", parts((i) => i.phenomenon), () => mark("phenomenon", "what you see: error text and command output, verbatim")),
    section("Cause", parts((i) => i.cause), () => mark("cause", "why it happens (or: *Not recorded in the source notes.*)")),
    section("Fix", parts((i) => i.fix), () => mark("fix", "the exact commands and config that fixed it")),
    section("Result", parts((i) => i.result), () => mark("result", "what changed, with figures")),
  ];
  const content = `${frontmatter.join("\n")}\n\n${body.join("\n\n")}\n`;
  return { slug, fileName: `${slug}.mdx`, content, placeholders: dedupe(todo), incidentIds: ids };
}
