import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT_OK, EXIT_USAGE } from "@/lib/cli/parse-command-line";
import { checkRunbookFile } from "@/lib/runbooks/check-runbooks";
import type { CliIo } from "./io";
import { main } from "./triage";

async function triage(args: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { cwd: process.cwd(), env: {}, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  return { code: await main(args, io), stdout, stderr };
}

describe("triage new-runbook", () => {
  it("writes the skeleton under content/runbooks/<folder>, which content:check then reports placeholder by placeholder", async () => {
    const slug = `cli-test-skeleton-${process.pid}`;
    const file = path.resolve("content/runbooks/linux", `${slug}.mdx`);
    try {
      const { code, stdout } = await triage(["new-runbook", slug, "--folder", "linux", "--title", "systemd gives up restarting a unit"]);
      expect(code).toBe(EXIT_OK);
      expect(stdout).toBe(`Wrote content/runbooks/linux/${slug}.mdx. Fill in every TODO(draft), then check it: npm run content:check -- content/runbooks/linux/${slug}.mdx\n`);
      expect(readFileSync(file, "utf8")).toContain('title: "systemd gives up restarting a unit"\n');
      const { problems } = checkRunbookFile(file);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.field === "draft" || p.field === "tags.0")).toBe(true);
    } finally {
      rmSync(file, { force: true });
    }
  });

  it.each([
    [["new-runbook", "pod-pending"], /a runbook with the slug "pod-pending" already exists: content\/runbooks\/kubernetes\/pod-pending\.mdx/],
    [["new-runbook", "Pod Pending"], /"Pod Pending" is not a valid slug/],
    [["new-runbook"], /missing <slug>/],
    [["new-runbook", "a", "b"], /too many arguments: b/],
    // The title goes into the frontmatter as one line: a line break was written into it.
    [["new-runbook", "cli-test-bad-title", "--title", "Disk full\nrm -rf"], /the title must not contain control characters/],
  ])("exits 2 and writes nothing: %j", async (args, message) => {
    const { code, stderr } = await triage(args);
    expect(code).toBe(EXIT_USAGE);
    expect(stderr).toMatch(message);
    expect(existsSync("content/runbooks/Pod Pending.mdx")).toBe(false);
  });

  it("--help describes it", async () => {
    const { code, stdout } = await triage(["new-runbook", "--help"]);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toMatch(/^Usage: triage new-runbook <slug> \[options\]/);
    expect(stdout).toMatch(/--folder <area>/);
  });
});
