import { describe, expect, it } from "vitest";
import { codeBlockLabel } from "./code-block-info";
import { compileRunbook } from "./compile-runbook";

describe("code block info strings", () => {
  it.each([
    ["yaml", "rules", "Prometheus rule"],
    ["yml", "rules title=x", "Prometheus rule"],
    ["yaml", undefined, "yaml"],
    ["bash", "rules", "bash"],
    [undefined, undefined, "text"],
  ])("%s %s → %s", (lang, meta, label) => {
    expect(codeBlockLabel(lang, meta)).toBe(label);
  });

  it("keeps the meta through compilation so the renderer can read it", async () => {
    const code = await compileRunbook("```yaml rules\ngroups: []\n```\n");
    expect(code).toMatch(/"data-meta":\s*"rules"/);
  });
});
