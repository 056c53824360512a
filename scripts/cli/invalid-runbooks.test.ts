import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EXIT_USAGE } from "@/lib/cli/parse-command-line";
import { createRunbookFile } from "@/lib/runbooks/create-runbook-file";
import type { CliIo } from "./io";
import { scratchDir } from "@/tests/support/scratch-dir";

/**
 * The workflow check-rules itself suggests: "write one: triage new-runbook <slug>", then run the
 * check again before the skeleton is filled in. That stopped check-rules (and import) with
 * "unexpected error", a stack trace and every TODO line, exit 2 without a report.
 */
describe("check-rules and import with a runbook that does not pass content:check", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it.each([["check-rules"], ["import"]])("%s names the file, the first problems and what to do, without a stack", async (command) => {
    const scratch = scratchDir("triage-invalid-runbooks-");
    const contentDir = path.join(scratch, "runbooks");
    mkdirSync(contentDir);
    createRunbookFile({ slug: "node-filesystem-almost-full", folder: "linux", title: "Node filesystem almost full", contentDir });
    const rules = path.join(scratch, "rules.yaml");
    writeFileSync(rules, "groups:\n  - name: node\n    rules:\n      - alert: NodeFilesystemAlmostOutOfSpace\n        expr: up == 0\n        annotations:\n          runbook_url: https://triage.example.com/runbooks/node-filesystem-almost-full\n");
    const incidents = path.join(scratch, "incidents.json");
    writeFileSync(incidents, JSON.stringify([{ title: "Disk full", severity: "SEV2", service: "node", environment: "prod", reporter: "r", startedAt: "2026-11-01T00:00:00Z", runbooks: ["node-filesystem-almost-full"] }]));

    vi.stubEnv("TRIAGE_CONTENT_DIR", contentDir);
    vi.resetModules();
    const { main } = await import("./triage");
    let stdout = "";
    let stderr = "";
    const io: CliIo = { cwd: process.cwd(), env: { DATABASE_URL: `file:${path.join(scratch, "import.db")}` }, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
    const args = command === "check-rules" ? ["check-rules", rules, "--base-url", "https://triage.example.com"] : ["import", incidents, "--dry-run"];

    expect(await main(args, io)).toBe(EXIT_USAGE);
    const file = path.relative(process.cwd(), path.join(contentDir, "linux", "node-filesystem-almost-full.mdx"));
    expect(stderr).toMatch(new RegExp(`^triage ${command}: cannot read the runbooks: ${file.replace(/[.]/g, "\\.")} does not pass the content check \\(\\d+ problems\\)\\.`));
    expect(stderr).toContain("npm run content:check");
    expect(stderr).toContain(`  ${file}:`);
    expect(stderr).not.toMatch(/unexpected error|\n\s+at /);
    expect(stderr.trim().split("\n").length).toBeLessThanOrEqual(7);
    expect(stdout).toBe("");
  });
});
