import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readRuleFile } from "@/lib/alert-rules/read-rule-file";
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from "@/lib/cli/parse-command-line";
import { findRunbookByAlert } from "@/lib/runbooks/runbook-index";
import { NEAR_EXACT_TIER } from "@/lib/search/rank-runbooks";
import type { CliIo } from "./io";
import { main } from "./triage";
import { scratchDir } from "@/tests/support/scratch-dir";

/** `triage …` in-process against this checkout's content/runbooks, from the repository root. */
async function triage(args: string[], cwd = process.cwd()) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { cwd, env: {}, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const BASE = ["--base-url", "https://triage.example.com"];
const KP = "tests/fixtures/rules/kube-prometheus";

describe("triage check-rules", () => {
  it("on kube-prometheus' own rules: every rule fails (they link runbooks.prometheus-operator.dev), each listed alert points at its runbook", async () => {
    const { code, stdout } = await triage(["check-rules", KP, ...BASE, "--format", "json"]);
    expect(code).toBe(EXIT_PROBLEMS);
    const body = JSON.parse(stdout);
    const expected = ["alertmanager", "kubePrometheus", "kubeStateMetrics", "kubernetesControlPlane", "nodeExporter"].flatMap(
      (name) => readRuleFile(name, readFileSync(`${KP}/${name}-prometheusRule.yaml`, "utf8")).rules,
    );
    expect(body.summary).toMatchObject({ files: 5, alerts: expected.length, withRunbook: 0, withoutRunbook: expected.length });
    const listed = expected.filter((r) => findRunbookByAlert(r.alert));
    expect(listed.length).toBeGreaterThan(20);
    expect(body.summary.listedByRunbook).toBe(listed.length);
    for (const alert of body.alerts) {
      expect(alert.problem.code).toBe("foreign-runbook-url");
      const owner = findRunbookByAlert(alert.alert);
      if (owner) expect(alert.suggestions[0]).toMatchObject({ slug: owner.slug, reason: "lists-alert", url: `https://triage.example.com/runbooks/alerts/${alert.alert}` });
      else expect(alert.suggestions.every((s: { reason: string }) => s.reason === "search")).toBe(true);
    }
  }, 60_000);

  describe("suggestions on kube-prometheus' rules: only matches over the floor, else a runbook to write", () => {
    interface AlertVerdict {
      alert: string;
      suggestions: { slug: string; reason: string; score: number | null }[];
      newRunbook: string | null;
    }
    let alerts: AlertVerdict[];
    let text: string;
    beforeAll(async () => {
      alerts = JSON.parse((await triage(["check-rules", KP, ...BASE, "--format", "json"])).stdout).alerts;
      text = (await triage(["check-rules", KP, ...BASE])).stdout;
    }, 120_000);
    const searched = (alert: string) => {
      const found = alerts.filter((a) => a.alert === alert);
      expect(found.length, alert).toBeGreaterThan(0);
      return found.map((a) => ({ slugs: a.suggestions.filter((s) => s.reason === "search").map((s) => s.slug), newRunbook: a.newRunbook }));
    };

    it.each([
      ["AlertmanagerConfigInconsistent", "alertmanager-ha-across-clusters"],
      ["AlertmanagerFailedToSendAlerts", "alertmanager-ha-across-clusters"],
      ["KubeStatefulSetUpdateNotRolledOut", "deployment-rwo-pvc-rolling-update"],
      ["KubeStatefulSetReplicasMismatch", "eviction-service-unavailable"],
      ["KubeletClientCertificateExpiration", "kubeconfig-certificate-expiry"],
    ])("%s gets %s", (alert, slug) => {
      for (const verdict of searched(alert)) expect(verdict).toEqual({ slugs: expect.arrayContaining([slug]), newRunbook: null });
    });

    it.each([
      // Once matched "nodes are available:" (pod-pending) near-exactly, scattered through "has only X% available space left … node";
      // now a partial match, and nothing clears the BM25 floor.
      ["NodeFilesystemAlmostOutOfSpace", "node-filesystem-almost-out-of-space"],
      ["NodeFilesystemAlmostOutOfFiles", "node-filesystem-almost-out-of-files"],
      // ResourceQuota is not the CFS quota; a bonded NIC is not a RAID array.
      ["KubeQuotaFullyUsed", "kube-quota-fully-used"],
      ["NodeBondingDegraded", "node-bonding-degraded"],
      ["TargetDown", "target-down"],
      ["KubePersistentVolumeErrors", "kube-persistent-volume-errors"],
      // Their summary, "Target disappeared from Prometheus target discovery.", was a symptom of kubelet-node-not-found
      // (KubeletDown's summary: every *Down alert of kubernetes-mixin shares it). KubeletDown reaches it through `alerts:`.
      ["KubeAPIDown", "kube-api-down"],
      ["KubeProxyDown", "kube-proxy-down"],
    ])("%s gets no suggestion but a runbook to write: %s", (alert, slug) => {
      for (const verdict of searched(alert)) expect(verdict).toEqual({ slugs: [], newRunbook: slug });
      expect(text).toContain(`: ${alert}: runbook_url `);
      expect(text).toContain(`    no runbook found — write one: triage new-runbook ${slug}\n`);
    });

    it.each([
      // "Pods by … CPU shares and cannot tolerate" is not "that the pod didn't tolerate" (pod-pending).
      "KubeCPUOvercommit",
      "KubeMemoryOvercommit",
      // "…enough memory available at this instance." then the alert's words "node memory…": "nodes are available:" across a sentence end.
      "NodeMemoryMajorPagesFaults",
    ])("%s: no suggestion from the near-exact tier (a short symptom's words scattered through the description)", (alert) => {
      const found = alerts.filter((a) => a.alert === alert);
      expect(found.length, alert).toBeGreaterThan(0);
      const nearExact = found.flatMap((a) => a.suggestions.filter((s) => s.reason === "search" && s.score! >= NEAR_EXACT_TIER));
      expect(nearExact).toEqual([]);
    });

    it("NodeFilesystemAlmostOutOfSpace is never sent to pod-pending", () => {
      expect(alerts.filter((a) => a.alert === "NodeFilesystemAlmostOutOfSpace").flatMap((a) => a.suggestions.map((s) => s.slug))).not.toContain("pod-pending");
    });
  });

  it("on kube-prometheus rendered with runbookURLPattern pointed here (alert names lower-cased, as the mixins do): the listed alerts open their runbooks", async () => {
    const dir = scratchDir("triage-kp-");
    const rules = [];
    for (const name of readdirSync(KP)) {
      const pointed = readFileSync(`${KP}/${name}`, "utf8").replace(/https:\/\/runbooks\.prometheus-operator\.dev\/runbooks\/[a-z-]+\//g, "https://triage.example.com/runbooks/alerts/");
      writeFileSync(path.join(dir, name), pointed);
      rules.push(...readRuleFile(name, pointed).rules);
    }
    const { code, stdout } = await triage(["check-rules", ".", ...BASE, "--format", "json"], dir);
    expect(code).toBe(EXIT_PROBLEMS);
    const body = JSON.parse(stdout);
    const listed = rules.filter((r) => findRunbookByAlert(r.alert));
    expect(body.summary).toMatchObject({ alerts: rules.length, withRunbook: listed.length, withoutRunbook: rules.length - listed.length, listedByRunbook: 0 });
    for (const alert of body.alerts) {
      if (alert.ok) expect(alert.runbook.slug).toBe(findRunbookByAlert(alert.alert)?.slug);
      else expect(alert.problem.code).toBe("alert-not-listed");
    }
  }, 60_000);

  it("on a team's rules (PrometheusRules with a Deployment between them, and a plain rule file): the broken links, at their lines", async () => {
    const { code, stdout } = await triage(["check-rules", "tests/fixtures/rules/team", ...BASE]);
    expect(code).toBe(EXIT_PROBLEMS);
    const problems = stdout.split("\n").filter((l) => /^\S+:\d+: /.test(l));
    expect(problems).toEqual([
      expect.stringMatching(/^tests\/fixtures\/rules\/team\/node-mixin-rules\.yml:39: NodeHighNumberConntrackEntriesUsed: runbook_url https:\/\/runbooks\.prometheus-operator\.dev\/\S+ is not a page of https:\/\/triage\.example\.com$/),
      "tests/fixtures/rules/team/platform-rules.yaml:28: KubeJobFailed: runbook_url https://triage.example.com/runbooks/alerts/KubeJobFailed: no runbook lists the alert KubeJobFailed",
      "tests/fixtures/rules/team/platform-rules.yaml:83: NodeFilesystemAlmostOutOfSpace: no runbook_url annotation",
      'tests/fixtures/rules/team/platform-rules.yaml:99: NodeClockNotSynchronising: runbook_url https://triage.example.com/runbooks/kubeadm-join-x509-clock-skw: there is no runbook "kubeadm-join-x509-clock-skw"',
      "tests/fixtures/rules/team/platform-rules.yaml:111: NodeMemoryHighUtilization: runbook_url https://triage.example.com/incidents is not https://triage.example.com/runbooks/<slug> or https://triage.example.com/runbooks/alerts/<AlertName>",
    ]);
    expect(stdout).toContain(`set runbook_url to https://triage.example.com/runbooks/alerts/NodeClockNotSynchronising ("${findRunbookByAlert("NodeClockNotSynchronising")?.title}"`);
    expect(stdout).toContain("    no runbook found — write one: triage new-runbook node-filesystem-almost-out-of-space\n");
    expect(stdout).toMatch(/9 alerting rules checked in 2 files: 4 with a working runbook, 5 without \(2 listed by a runbook: fix the runbook_url; 1 with suggested runbooks; 2 with no runbook found: write one\)\.\n$/);
  }, 60_000);

  it("exits 0 when every rule leads to a runbook; paths print relative to where it was run", async () => {
    const dir = scratchDir("triage-rules-");
    const good = readFileSync("tests/fixtures/rules/team/platform-rules.yaml", "utf8").split("\n---\n")[0];
    writeFileSync(path.join(dir, "apps.yaml"), good.replace(/\n {4}- alert: KubeJobFailed[\s\S]*?(?=\n {2}- name: kubernetes-resources)/, ""));
    const { code, stdout } = await triage(["check-rules", "apps.yaml", ...BASE], dir);
    expect(stdout).toBe("2 alerting rules checked in 1 file: 2 with a working runbook, 0 without.\n");
    expect(code).toBe(EXIT_OK);
  }, 60_000);

  it("triage help <command> prints that command's help (it printed the general one)", async () => {
    const { code, stdout } = await triage(["help", "import"]);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toMatch(/^Usage: triage import <file\.csv\|file\.json> \[options\]/);
  });

  it("folders: a symbolic link to a rule file and an upper-case .YAML are read (both were skipped)", async () => {
    const dir = scratchDir("triage-rules-");
    const rule = (alert: string) => `groups:\n  - name: g\n    rules:\n      - alert: ${alert}\n        expr: up == 0\n        annotations:\n          runbook_url: https://triage.example.com/runbooks/pod-pending\n`;
    writeFileSync(path.join(dir, "UPPER.YAML"), rule("Upper"));
    const elsewhere = scratchDir("triage-rules-target-");
    writeFileSync(path.join(elsewhere, "linked.yaml"), rule("Linked"));
    symlinkSync(path.join(elsewhere, "linked.yaml"), path.join(dir, "linked.yaml"));
    symlinkSync(path.join(elsewhere, "missing.yaml"), path.join(dir, "dangling.yaml"));
    const { code, stdout } = await triage(["check-rules", ".", ...BASE], dir);
    expect(stdout).toBe("2 alerting rules checked in 2 files: 2 with a working runbook, 0 without.\n");
    expect(code).toBe(EXIT_OK);
  });

  it("says on stderr when it found no alerting rule to check (a pass that checked nothing read as all linked)", async () => {
    const dir = scratchDir("triage-rules-");
    writeFileSync(path.join(dir, "deploy.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n");
    writeFileSync(path.join(dir, "recording.yaml"), "groups:\n  - name: r\n    rules:\n      - record: job:up:sum\n        expr: sum by (job) (up)\n");
    const { code, stdout, stderr } = await triage(["check-rules", ".", ...BASE], dir);
    expect(stderr).toBe("triage check-rules: no alerting rules found in 2 files (1 recording rule, 1 other document): nothing was checked\n");
    expect(stdout).toBe("0 alerting rules checked in 2 files: 0 with a working runbook, 0 without.\n");
    expect(code).toBe(EXIT_OK);
  });

  it("github format: an ::error at each broken rule's line, with the fix in the message", async () => {
    const { code, stdout } = await triage(["check-rules", "tests/fixtures/rules/team/platform-rules.yaml", ...BASE, "--format=github"]);
    expect(code).toBe(EXIT_PROBLEMS);
    const errors = stdout.split("\n").filter((l) => l.startsWith("::error "));
    expect(errors.map((l) => /^::error file=([^,]+),line=(\d+),title=(\w+)%3A no working runbook::/.exec(l)?.slice(1))).toEqual([
      ["tests/fixtures/rules/team/platform-rules.yaml", "28", "KubeJobFailed"],
      ["tests/fixtures/rules/team/platform-rules.yaml", "83", "NodeFilesystemAlmostOutOfSpace"],
      ["tests/fixtures/rules/team/platform-rules.yaml", "99", "NodeClockNotSynchronising"],
      ["tests/fixtures/rules/team/platform-rules.yaml", "111", "NodeMemoryHighUtilization"],
    ]);
    expect(errors[2]).toContain("%0Aset runbook_url to https://triage.example.com/runbooks/alerts/NodeClockNotSynchronising");
  }, 60_000);

  it.each([
    [["check-rules", "tests/fixtures/rules/invalid", ...BASE], /broken-indent\.yaml:7: not valid YAML/, "stdout"],
    [["check-rules", "tests/fixtures/rules/team"], /--base-url is required/, "stderr"],
    [["check-rules", "no/such/dir", ...BASE], /no\/such\/dir: no such file or folder/, "stderr"],
    [["check-rules", "tests/fixtures/alertmanager", ...BASE], /no \.yaml or \.yml files in this folder/, "stderr"],
    [["check-rules", KP, "--base-url", "triage.example.com"], /--base-url must be an http\(s\) URL/, "stderr"],
    [["check-rules", KP, ...BASE, "--format", "sarif"], /--format must be one of text, json, github/, "stderr"],
    [["check-rules"], /missing <files or folders>…/, "stderr"],
    [["frobnicate"], /unknown command "frobnicate"/, "stderr"],
    // It was ignored: without --url nothing is sent anywhere.
    [["check-rules", KP, ...BASE, "--token", "abc"], /--token is sent to the server --url names/, "stderr"],
    [["help", "frobnicate"], /triage help: unknown command "frobnicate"/, "stderr"],
  ] as const)("exits 2 on bad usage or input: %j", async (args, message, stream) => {
    const result = await triage([...args]);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result[stream]).toMatch(message);
  }, 60_000);
});

describe("bin/triage.mjs", () => {
  it("runs from any folder: --help exits 0, a problem exits 1 with the path as given", () => {
    const help = spawnSync(process.execPath, [path.resolve("bin/triage.mjs"), "check-rules", "--help"], { encoding: "utf8", cwd: tmpdir() });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: triage check-rules <files or folders>…");
    const run = spawnSync(process.execPath, [path.resolve("bin/triage.mjs"), "check-rules", "platform-rules.yaml", ...BASE], {
      encoding: "utf8",
      cwd: path.resolve("tests/fixtures/rules/team"),
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^platform-rules\.yaml:28: KubeJobFailed: /m);
  }, 120_000);
});
