import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import seed from "@/prisma/seed-data/incidents.json";
import { buildRunbookDraft, type DraftIncident, type DraftLibrary } from "./build-runbook-draft";
import { checkRunbookFile, checkRunbooks, formatProblem } from "./check-runbooks";
import { findCompileProblem } from "./compile-runbook";
import { DRAFT_MARKER } from "./draft-markers";
import { readRunbookSource } from "./read-runbook-files";

/**
 * Drafts from the sample incidents (real notes, long sections, code blocks)
 * must pass content:check apart from the placeholders they mark, and pass it
 * entirely once a reviewer fills those in.
 */

interface SeedIncident {
  title: string;
  service: string;
  environment: string;
  source: "manual" | "alertmanager" | "api";
  alertname: string | null;
  phenomenon: string;
  cause: string;
  fix: string;
  result: string;
  runbooks?: { slug: string }[];
}

const incidents: DraftIncident[] = (seed as SeedIncident[]).map((s, index) => ({
  id: index + 1,
  title: s.title,
  service: s.service,
  environment: s.environment,
  namespace: null,
  source: s.source,
  alertname: s.alertname,
  phenomenon: s.phenomenon,
  cause: s.cause,
  fix: s.fix,
  result: s.result,
  runbooks: (s.runbooks ?? []).map((r) => r.slug),
}));

const { runbooks } = checkRunbooks();
const library: DraftLibrary = {
  claimedAlerts: new Map(runbooks.flatMap((r) => r.frontmatter.alerts.map((a) => [a, r.source.slug] as const))),
  slugs: new Set(runbooks.map((r) => r.source.slug)),
  today: "2026-12-01",
};

const tmp = mkdtempSync(path.join(os.tmpdir(), "triage-drafts-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** What a reviewer does: every placeholder filled, a literal line shown where none was derived, the callout removed. */
function fill(content: string): string {
  let out = content.replace(/<Callout type="warning" title="Draft: not yet reviewed">[\s\S]*?<\/Callout>\n\n/, "");
  out = out.replace(`"${DRAFT_MARKER}: the phrase an engineer would type in Chinese for this problem"`, '"服务报错"');
  out = out.replace(/ {2}- "TODO\(draft\): a line a tool printed[^"]*"/, '  - "reviewer: connection refused by upstream"');
  if (out.includes("reviewer: connection refused by upstream")) out = out.replace("## Cause", "```text\nreviewer: connection refused by upstream\n```\n\n## Cause");
  out = out.replace(/ {2}- "TODO\(draft\): another line[^"]*"/g, (_, offset: number) => `  - "reviewer line ${offset}"`);
  out = out.replace(/^ {2}- "TODO\(draft\): tags.*"$/m, '  - "kubernetes"');
  out = out.replace(/summary: "TODO\(draft\)[^"]*"/, 'summary: "Written by the reviewer."');
  out = out.replace(/^TODO\(draft\): .*$/gm, "Written by the reviewer.");
  return out;
}

function check(fileName: string, content: string) {
  const file = path.join(tmp, fileName);
  writeFileSync(file, content);
  return checkRunbookFile(file).problems;
}

describe("buildRunbookDraft on the sample incidents", () => {
  it.each(incidents.map((incident) => [incident.id, incident.title, incident] as const))("#%i %s: only placeholders fail content:check; filled, it passes and compiles", async (_id, _title, incident) => {
    const draft = buildRunbookDraft([incident], library);
    expect(draft.fileName).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/);
    expect(library.slugs.has(draft.slug)).toBe(false);

    const raw = check(draft.fileName, draft.content);
    // Every problem is a marked placeholder, or a rule that fails because its field holds one.
    const unexplained = raw.filter((p) => p.field !== "draft" && !draft.placeholders.includes(p.field.split(".")[0]));
    expect(unexplained.map(formatProblem)).toEqual([]);
    expect(raw.some((p) => p.field === "draft")).toBe(true);

    const filled = fill(draft.content);
    expect(filled).not.toContain(DRAFT_MARKER);
    expect(check(draft.fileName, filled).map(formatProblem)).toEqual([]);
    const source = readRunbookSource(path.join(tmp, draft.fileName));
    expect(await findCompileProblem(source.body, source.bodyStartLine)).toBeNull();
  });
});

describe("buildRunbookDraft", () => {
  const byTitle = (part: string) => incidents.find((i) => i.title.includes(part))!;

  it("takes symptoms from the Phenomenon's literal lines, instance data cut off, and shows them in the body", () => {
    const coredns = byTitle("CoreDNS pods evicted");
    const draft = buildRunbookDraft([coredns], library);
    expect(draft.content).toContain('  - "dial tcp: lookup orders-db.prod.svc.cluster.local on"');
    expect(draft.content).toContain("dial tcp: lookup orders-db.prod.svc.cluster.local on 10.100.0.10:53: read udp");
    expect(draft.content).toMatch(/tags:\n {2}- "dns"\n {2}- "kubernetes"/);
    expect(draft.content).toMatch(/components:\n {2}- "coredns"/);
  });

  it("lists an upstream alert no runbook claims, and explains the alerts it leaves out", () => {
    const unclaimed = { ...byTitle("CoreDNS pods evicted"), alertname: "KubeHpaMaxedOut", source: "alertmanager" as const };
    expect(buildRunbookDraft([unclaimed], library).content).toMatch(/alerts:\n {2}- "KubeHpaMaxedOut"/);

    const claimed = byTitle("order-api") ?? incidents.find((i) => i.alertname === "KubePodCrashLooping")!;
    const owner = library.claimedAlerts.get(claimed.alertname!);
    const draft = buildRunbookDraft([claimed], library);
    expect(draft.content).not.toMatch(/^alerts:/m);
    expect(draft.content).toContain(`\`${claimed.alertname}\` already belongs to the runbook \`${owner}\``);

    const custom = buildRunbookDraft([{ ...claimed, alertname: "OrdersQueueStuck" }], library);
    expect(custom.content).toContain("`OrdersQueueStuck` is not an upstream alert");
    expect(custom.content).not.toMatch(/^alerts:/m);
  });

  it("marks what cannot be derived: no literal line, no Chinese, an unknown service, empty sections", () => {
    const bare: DraftIncident = { ...incidents[0], id: 99, title: "Something odd", service: "billing-grpc", alertname: null, phenomenon: "Users saw errors.", cause: "", fix: "", result: "", runbooks: [] };
    const draft = buildRunbookDraft([bare], library);
    expect(draft.placeholders.sort()).toEqual(["cause", "fix", "result", "review", "summary", "symptoms", "tags"]);
    expect(draft.content).toContain('- "TODO(draft): tags from lib/runbooks/taxonomy.ts for the service \\"billing-grpc\\""');
    expect(draft.content.match(/TODO\(draft\)/g)?.length).toBeGreaterThanOrEqual(8);
  });

  it("escapes MDX in prose but keeps code byte for byte, and keeps incident headings under the sections", () => {
    const tricky: DraftIncident = {
      ...incidents[0],
      id: 77,
      phenomenon: "# Seen\nThe map {a: 1} and <b> in prose, `inline {x}` kept.\n\n```text\nerror: value {a: <nil>} not allowed here\n```\n\n[Alert source](<http://prom:9090/graph?g0.expr=up (x)>)",
    };
    const { content } = buildRunbookDraft([tricky], library);
    expect(content).toContain("### Seen");
    expect(content).toContain("The map \\{a: 1\\} and &lt;b> in prose, `inline {x}` kept.");
    expect(content).toContain("error: value {a: <nil>} not allowed here");
    expect(content).toContain("[Alert source](http://prom:9090/graph?g0.expr=up%20%28x%29)");
  });

  it("merges several incidents: symptoms of all, each one's sections under its own heading; the whole library still passes", () => {
    const etcd = incidents.filter((i) => i.service === "etcd");
    expect(etcd.length).toBeGreaterThanOrEqual(2);
    const draft = buildRunbookDraft(etcd, library);
    expect(draft.incidentIds).toEqual(etcd.map((i) => i.id));
    for (const incident of etcd) expect(draft.content).toContain(`### Incident #${incident.id}:`);
    expect(draft.content.match(/^## Fix$/gm)).toHaveLength(1);

    const dir = mkdtempSync(path.join(tmp, "library-"));
    cpSync(path.resolve("content/runbooks"), dir, { recursive: true });
    writeFileSync(path.join(dir, draft.fileName), fill(draft.content));
    expect(checkRunbooks(dir).problems.map(formatProblem)).toEqual([]);
  });
});
