import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkRunbookFile, checkRunbooks } from "./check-runbooks";
import { MIN_SYMPTOMS } from "./check-symptoms";
import { findCompileProblem } from "./compile-runbook";
import { createRunbookFile, RunbookFileError } from "./create-runbook-file";
import { DRAFT_MARKER, findDraftMarkers } from "./draft-markers";
import { readRunbookSource } from "./read-runbook-files";
import { buildRunbookSkeleton } from "./runbook-skeleton";
import { scratchDir } from "@/tests/support/scratch-dir";

const today = new Date("2026-12-01T23:00:00Z");

/** What a writer puts in place of each placeholder, in file order ("" deletes the line). */
const FILLS = [
  "systemd stops restarting a service: start request repeated too quickly",
  "A service that keeps crashing is restarted by systemd until its start rate limit is hit, then left failed. Fix the crash, then clear the counter with systemctl reset-failed.",
  "Start request repeated too quickly.",
  "Failed with result 'start-limit-hit'",
  "systemd 服务启动太频繁 无法重启",
  "linux-process",
  "",
  "The service is down and `systemctl status app.service` shows it failed; systemd no longer tries to restart it.",
  "systemd[1]: app.service: Start request repeated too quickly.\nsystemd[1]: app.service: Failed with result 'start-limit-hit'.",
  "With `Restart=on-failure`, systemd restarts a crashing unit, but at most `StartLimitBurst` times (5 by default) within `StartLimitIntervalSec` (10 s by default). Past that it gives up and marks the unit failed.",
  "Find and fix why it crashes first (`journalctl -u app.service`), then clear the failure counter and start it:\n\n```bash\nsystemctl reset-failed app.service\n```\n\n```bash\nsystemctl start app.service\n```",
  "`systemctl is-active app.service` prints `active` and the unit stays up.",
];

function fill(skeleton: string, fills: string[]): string {
  let index = 0;
  return skeleton
    .split("\n")
    .flatMap((line) => {
      if (!line.includes(DRAFT_MARKER)) return [line];
      const value = fills[index++];
      if (value === "") return [];
      // Frontmatter values stay quoted YAML; body lines are replaced whole.
      const quoted = /^(\s*(?:- |\w+: \[?))"TODO\(draft\)[^"]*"(\]?)$/.exec(line);
      return quoted ? [`${quoted[1]}${JSON.stringify(value)}${quoted[2]}`] : value.split("\n");
    })
    .join("\n");
}

function writeRunbook(text: string, slug = "systemd-start-limit-hit"): { dir: string; file: string } {
  const dir = scratchDir("triage-skeleton-");
  const file = path.join(dir, `${slug}.mdx`);
  writeFileSync(file, text);
  return { dir, file };
}

describe("buildRunbookSkeleton", () => {
  const skeleton = buildRunbookSkeleton({ slug: "systemd-start-limit-hit", today });

  it("has the frontmatter, the four sections in order and enough symptom slots", () => {
    expect(skeleton).toMatch(/^---\ntitle: "TODO\(draft\): /);
    expect(skeleton).toContain("updated: 2026-12-01\n");
    expect([...skeleton.matchAll(/^## (\w+)$/gm)].map((m) => m[1])).toEqual(["Phenomenon", "Cause", "Fix", "Result"]);
    expect([...skeleton.matchAll(/^ {2}- "TODO\(draft\)/gm)].length).toBeGreaterThanOrEqual(MIN_SYMPTOMS);
  });

  it("unfilled, fails content:check with a problem at every placeholder, and nowhere else", () => {
    const { file } = writeRunbook(skeleton);
    const { problems } = checkRunbookFile(file);
    const markerLines = findDraftMarkers(skeleton).map((m) => m.line);
    expect(markerLines).toHaveLength(FILLS.length);
    expect([...new Set(problems.filter((p) => p.field === "draft").map((p) => p.line))]).toEqual(markerLines);
    for (const problem of problems) expect(markerLines).toContain(problem.line);
  });

  it("filled in, passes content:check (every rule) and compiles", async () => {
    const filled = fill(skeleton, FILLS);
    expect(filled).not.toContain(DRAFT_MARKER);
    const { dir, file } = writeRunbook(filled);
    expect(checkRunbooks(dir).problems).toEqual([]);
    const source = readRunbookSource(file);
    expect(await findCompileProblem(source.body, source.bodyStartLine)).toBeNull();
  }, 60_000);

  it("uses a given title as is", () => {
    expect(buildRunbookSkeleton({ slug: "a", title: 'Pod stuck "Pending"', today })).toContain('title: "Pod stuck \\"Pending\\""\n');
  });
});

describe("createRunbookFile", () => {
  const contentDir = () => {
    const dir = scratchDir("triage-content-");
    mkdirSync(path.join(dir, "kubernetes"));
    writeFileSync(path.join(dir, "kubernetes", "pod-pending.mdx"), "---\ntitle: x\n---\n");
    return dir;
  };

  it("writes the skeleton into the folder and returns its path", () => {
    const dir = contentDir();
    const file = createRunbookFile({ slug: "systemd-start-limit-hit", folder: "linux", today, contentDir: dir });
    expect(file).toBe(path.join(dir, "linux", "systemd-start-limit-hit.mdx"));
    expect(readFileSync(file, "utf8")).toBe(buildRunbookSkeleton({ slug: "systemd-start-limit-hit", today }));
  });

  it.each([
    ["Pod_Pending", undefined, /"Pod_Pending" is not a valid slug/],
    ["-pending", undefined, /not a valid slug/],
    ["pod-pending", "linux", /a runbook with the slug "pod-pending" already exists: .*kubernetes\/pod-pending\.mdx/],
    ["new-one", "../outside", /"..\/outside" is not a valid folder/],
  ])("refuses %j in %j", (slug, folder, message) => {
    const dir = contentDir();
    expect(() => createRunbookFile({ slug, folder, today, contentDir: dir })).toThrow(RunbookFileError);
    expect(() => createRunbookFile({ slug, folder, today, contentDir: dir })).toThrow(message);
  });
});
