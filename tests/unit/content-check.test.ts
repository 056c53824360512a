import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkRunbooks, formatProblem } from "@/lib/runbooks/check-runbooks";
import { findCompileProblem } from "@/lib/runbooks/compile-runbook";

const fixtures = path.resolve("tests/fixtures/runbooks");
const problemsIn = (dir: string) => checkRunbooks(path.join(fixtures, dir)).problems.map(formatProblem);
const F = "tests/fixtures/runbooks";

describe("content:check", () => {
  it("accepts valid runbooks in nested folders", () => {
    const { runbooks, problems } = checkRunbooks(path.join(fixtures, "valid"));
    expect(problems).toEqual([]);
    expect(runbooks.map((r) => r.source.slug).sort()).toEqual(["ok-one", "ok-two", "reference-page", "ships-rule"]);
  });

  it.each([
    ["bad-frontmatter", `${F}/bad-frontmatter/missing-title.mdx:1: title: title is required`],
    ["bad-frontmatter", `${F}/bad-frontmatter/bad-yaml.mdx:`],
    ["bad-frontmatter", `${F}/bad-frontmatter/unknown-field.mdx:14: severity: unknown field(s) severity`],
    ["bad-frontmatter", `${F}/bad-frontmatter/bad-date.mdx:13: updated: updated must be a date like 2026-11-22, got "last week"`],
    ["unknown-tag", `${F}/unknown-tag/unknown-tag.mdx:8: tags.1: unknown tag "kubernetse" (allowed: see lib/runbooks/taxonomy.ts)`],
    ["duplicate-slug", `${F}/duplicate-slug/a/same-slug.mdx:1: slug: duplicate slug "same-slug" (also ${F}/duplicate-slug/b/same-slug.mdx)`],
    ["alert-twice", `${F}/alert-twice/first.mdx:10: alerts: alert "KubePodCrashLooping" is also claimed by ${F}/alert-twice/second.mdx; an alert belongs to one runbook`],
    ["missing-related", `${F}/missing-related/dangling.mdx:12: related: no runbook has the slug "no-such-runbook"`],
    ["unknown-calculator", `${F}/unknown-calculator/calc.mdx:11: calculators.0: unknown calculator "disk-latency"`],
    ["missing-section", `${F}/missing-section/no-cause.mdx:15: sections: missing required section "## Cause"`],
    ["misordered-section", `${F}/misordered-section/fix-first.mdx:24: sections: section "## Cause" is out of order`],
  ])("rejects %s: %s", (dir, expected) => {
    const problems = problemsIn(dir);
    expect(problems.some((p) => p.startsWith(expected))).toBe(true);
  });

  describe("symptoms", () => {
    it.each([
      ["symptoms-too-few", [`${F}/symptoms-too-few/two-symptoms.mdx:4: symptoms: needs at least 3 symptoms (has 2): the log lines, events and error messages on screen, plus Chinese phrasing`]],
      [
        "symptoms-not-literal",
        [`${F}/symptoms-not-literal/paraphrase.mdx:4: symptoms: no symptom appears verbatim in a code block or inline code of the body; show at least one machine-printed line in "Phenomenon" (label it "typical output" where the notes do not record it)`],
      ],
      ["symptoms-no-chinese", [`${F}/symptoms-no-chinese/english-only.mdx:4: symptoms: needs at least one symptom in Chinese, as an engineer would type it (e.g. 证书过期)`]],
      [
        "symptoms-command",
        [
          `${F}/symptoms-command/commands.mdx:6: symptoms.1: "kubectl get pods -A" is a command, not something a screen shows; put commands in the body`,
          `${F}/symptoms-command/commands.mdx:7: symptoms.2: "$ dmesg | tail" is a command, not something a screen shows; put commands in the body`,
          `${F}/symptoms-command/commands.mdx:8: symptoms.3: "sudo systemctl restart kubelet" is a command, not something a screen shows; put commands in the body`,
        ],
      ],
    ])("%s", (dir, expected) => {
      expect(problemsIn(dir)).toEqual(expected);
    });

    it("does not ask a reference page for a literal line", () => {
      expect(problemsIn("valid").filter((p) => p.includes("reference-page"))).toEqual([]);
    });
  });

  it("rejects prose, a bare `or` and prompts inside a bash block, and nothing else", () => {
    expect(problemsIn("shell-prose")).toEqual([
      `${F}/shell-prose/prose.mdx:28: code: "or" between alternatives inside a bash block breaks it when pasted whole; put each alternative in its own block`,
      `${F}/shell-prose/prose.mdx:30: code: "Then reload nginx to pick up the change." is not a shell command: prose or output inside a bash block breaks it when pasted whole; move it out of the block`,
      `${F}/shell-prose/prose.mdx:31: code: "然后重启 nginx" is not a shell command: prose or output inside a bash block breaks it when pasted whole; move it out of the block`,
      `${F}/shell-prose/prose.mdx:32: code: the shell prompt of "$ nginx -s reload" inside a bash block breaks it when pasted whole; drop the prompt, or make the transcript a console block`,
    ]);
  });

  it("rejects an alert name that is neither upstream nor shipped by the runbook", () => {
    expect(problemsIn("alert-unknown")).toEqual([
      `${F}/alert-unknown/not-upstream.mdx:10: alerts: "NodeTCPListenOverflows" is neither an upstream alert (lib/runbooks/upstream-alerts.ts) nor shipped by this runbook in a "yaml rules" code block`,
    ]);
  });

  it("validates yaml rules blocks", () => {
    expect(problemsIn("rules-block")).toEqual([
      `${F}/rules-block/bad-yaml.mdx:10: alerts: "TriageFixtureBroken" is neither an upstream alert (lib/runbooks/upstream-alerts.ts) nor shipped by this runbook in a "yaml rules" code block`,
      `${F}/rules-block/bad-yaml.mdx:27: rules: rules block is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      `${F}/rules-block/incomplete.mdx:30: rules: alert "TriageFixtureNoExpr" needs an \`expr\``,
      `${F}/rules-block/incomplete.mdx:36: rules: runbook_url of "TriageFixtureElsewhere" must end in /runbooks/incomplete or /runbooks/alerts/<an alert this runbook lists>, got "/runbooks/some-other-runbook"`,
      `${F}/rules-block/incomplete.mdx:37: rules: alert "TriageFixtureNoUrl" needs annotations.runbook_url pointing to /runbooks/incomplete or /runbooks/alerts/TriageFixtureNoUrl`,
      `${F}/rules-block/incomplete.mdx:39: rules: each rule needs \`alert: <AlertName>\` (a rules block ships alerts, not recording rules)`,
      `${F}/rules-block/not-a-rule-file.mdx:10: alerts: "TriageFixtureAlert" is neither an upstream alert (lib/runbooks/upstream-alerts.ts) nor shipped by this runbook in a "yaml rules" code block`,
      `${F}/rules-block/not-a-rule-file.mdx:27: rules: a rules block holds a Prometheus rule file: \`groups:\` with at least one \`- name: … rules: […]\``,
      `${F}/rules-block/unlisted.mdx:30: rules: alert "TriageFixtureUnlisted" is shipped here but not listed in the frontmatter's alerts:`,
      `${F}/rules-block/unlisted.mdx:34: rules: "KubePodCrashLooping" is an upstream alert (kubernetes-mixin); list it in alerts: instead of shipping a rule with the same name`,
    ]);
  });

  it("reports invalid YAML with a line and the parser's message", () => {
    expect(problemsIn("bad-frontmatter").find((p) => p.includes("bad-yaml"))).toMatch(/bad-yaml\.mdx:\d+: frontmatter: frontmatter is not valid YAML/);
  });

  it("reports MDX that does not compile, with the line in the file", async () => {
    const { runbooks } = checkRunbooks(path.join(fixtures, "bad-mdx"));
    const [broken] = runbooks;
    const problem = await findCompileProblem(broken.source.body, broken.source.bodyStartLine);
    expect(problem?.message).toMatch(/^MDX does not compile: /);
    expect(problem?.line).toBeGreaterThanOrEqual(broken.source.bodyStartLine);
  });

  it("compiles valid MDX", async () => {
    const { runbooks } = checkRunbooks(path.join(fixtures, "valid"));
    expect(await findCompileProblem(runbooks[0].source.body, runbooks[0].source.bodyStartLine)).toBeNull();
  });

  it("passes on the real content folder", () => {
    expect(checkRunbooks().problems.map(formatProblem)).toEqual([]);
  });
});
