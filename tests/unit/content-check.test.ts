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
    expect(runbooks.map((r) => r.source.slug).sort()).toEqual(["ok-one", "ok-two"]);
  });

  it.each([
    ["bad-frontmatter", `${F}/bad-frontmatter/missing-title.mdx:1: title: title is required`],
    ["bad-frontmatter", `${F}/bad-frontmatter/bad-yaml.mdx:`],
    ["bad-frontmatter", `${F}/bad-frontmatter/unknown-field.mdx:13: severity: unknown field(s) severity`],
    ["bad-frontmatter", `${F}/bad-frontmatter/bad-date.mdx:12: updated: updated must be a date like 2026-11-22, got "last week"`],
    ["unknown-tag", `${F}/unknown-tag/unknown-tag.mdx:7: tags.1: unknown tag "kubernetse" (allowed: see lib/runbooks/taxonomy.ts)`],
    ["duplicate-slug", `${F}/duplicate-slug/a/same-slug.mdx:1: slug: duplicate slug "same-slug" (also ${F}/duplicate-slug/b/same-slug.mdx)`],
    ["alert-twice", `${F}/alert-twice/first.mdx:9: alerts: alert "KubePodCrashLooping" is also claimed by ${F}/alert-twice/second.mdx; an alert belongs to one runbook`],
    ["missing-related", `${F}/missing-related/dangling.mdx:11: related: no runbook has the slug "no-such-runbook"`],
    ["unknown-calculator", `${F}/unknown-calculator/calc.mdx:10: calculators.0: unknown calculator "disk-latency"`],
    ["missing-section", `${F}/missing-section/no-cause.mdx:14: sections: missing required section "## Cause"`],
    ["misordered-section", `${F}/misordered-section/fix-first.mdx:23: sections: section "## Cause" is out of order`],
  ])("rejects %s: %s", (dir, expected) => {
    const problems = problemsIn(dir);
    expect(problems.some((p) => p.startsWith(expected))).toBe(true);
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
