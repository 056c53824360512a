import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkRunbookFile } from "./check-runbooks";
import { createRunbookFile, RunbookFileError } from "./create-runbook-file";
import { RESERVED_RUNBOOK_SLUGS } from "./reserved-slugs";
import { scratchDir } from "@/tests/support/scratch-dir";

describe("reserved runbook slugs", () => {
  it("are exactly the site's own pages under /runbooks (the folders beside [slug])", () => {
    const pages = readdirSync(path.resolve("app/(kb)/runbooks"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith("["))
      .map((entry) => entry.name);
    expect([...RESERVED_RUNBOOK_SLUGS].sort()).toEqual(pages.sort());
  });

  it.each([...RESERVED_RUNBOOK_SLUGS])("content:check refuses %s.mdx, which passed and could never be opened", (slug) => {
    const file = path.join(scratchDir("triage-reserved-"), `${slug}.mdx`);
    writeFileSync(file, "---\ntitle: x\n---\n");
    expect(checkRunbookFile(file).problems).toContainEqual(expect.objectContaining({ field: "slug", line: 1, message: `"${slug}" cannot be a runbook slug: /runbooks/${slug} is a page of the site itself: rename ${slug}.mdx` }));
  });

  it.each([...RESERVED_RUNBOOK_SLUGS])("triage new-runbook %s writes nothing", (slug) => {
    const contentDir = scratchDir("triage-reserved-");
    expect(() => createRunbookFile({ slug, contentDir })).toThrow(new RunbookFileError(`"${slug}" cannot be a runbook slug: /runbooks/${slug} is a page of the site itself`));
    expect(readdirSync(contentDir)).toEqual([]);
  });
});
