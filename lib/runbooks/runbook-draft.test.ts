import { describe, expect, it } from "vitest";
import { draftRunbook, type DraftSourceIncident } from "./runbook-draft";

const incident = (id: number, fields: Partial<DraftSourceIncident>): DraftSourceIncident => ({
  id,
  title: "Disk full on node-12",
  service: "search",
  alertname: null,
  phenomenon: "",
  cause: "",
  fix: "",
  result: "",
  ...fields,
});

describe("draftRunbook", () => {
  it("builds frontmatter and the four sections from the incidents, quoting each one's first paragraph", () => {
    const draft = draftRunbook(
      [
        incident(12, { phenomenon: "`df -h` shows /var at 100%\n\nmore detail", fix: "Rotated logs" }),
        incident(9, { title: "Disk full on node-7", phenomenon: "Pods evicted: DiskPressure", cause: "Logs not rotated" }),
      ],
      new Date("2026-11-22T10:00:00Z"),
    );
    expect(draft.slug).toBe("disk-full-on-node-12");
    expect(draft.mdx).toBe(
      [
        "---",
        'title: "Disk full on node-12"',
        'summary: "TODO: one or two sentences an on-call engineer reads in the search results."',
        "symptoms:",
        '  - "Disk full on node-12"',
        '  - "Disk full on node-7"',
        "tags: [TODO] # from lib/runbooks/taxonomy.ts",
        "components: [] # from lib/runbooks/taxonomy.ts; services seen: search",
        "updated: 2026-11-22",
        "---",
        "",
        "## Phenomenon",
        "",
        "{/* TODO: What you see: error text and command output, verbatim. */}",
        "",
        "> From incident #12: `df -h` shows /var at 100%",
        "",
        "> From incident #9: Pods evicted: DiskPressure",
        "",
        "## Cause",
        "",
        "{/* TODO: Why it happens. Where the incidents do not say, write *Not recorded in the source notes.* */}",
        "",
        "> From incident #9: Logs not rotated",
        "",
        "## Fix",
        "",
        "{/* TODO: The exact commands and config. */}",
        "",
        "> From incident #12: Rotated logs",
        "",
        "## Result",
        "",
        "{/* TODO: What changed, with figures. Never invent a figure. */}",
        "",
      ].join("\n"),
    );
  });

  it("takes the alert names into `alerts` and drops the alert name prefix from the title", () => {
    const draft = draftRunbook([incident(1, { title: "KubeDiskFull: disk almost full", alertname: "KubeDiskFull" }), incident(2, { title: "KubeDiskFull: disk almost full", alertname: "KubeDiskFull" })]);
    expect(draft.slug).toBe("disk-almost-full");
    expect(draft.mdx).toContain('title: "disk almost full"');
    expect(draft.mdx).toContain("alerts: [KubeDiskFull]");
    expect(draft.mdx.match(/ {2}- "KubeDiskFull: disk almost full"/g)).toHaveLength(1);
  });

  it("escapes quotes and newlines in YAML strings", () => {
    expect(draftRunbook([incident(1, { title: 'etcd says "took too long"\nagain' })]).mdx).toContain('title: "etcd says \\"took too long\\" again"');
  });

  it("still gives a skeleton without incidents", () => {
    expect(draftRunbook([]).slug).toBe("new-runbook");
  });
});
