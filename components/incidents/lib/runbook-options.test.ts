import { describe, expect, it } from "vitest";
import { filterRunbookOptions } from "./runbook-options";

const options = [
  { slug: "pod-pending", title: "Pod stuck in Pending" },
  { slug: "oom-killer", title: "Processes killed by the Linux OOM killer" },
  { slug: "etcd-slow-disk-took-too-long", title: "etcd took too long" },
];

describe("filterRunbookOptions", () => {
  it.each([
    ["", ["pod-pending", "oom-killer", "etcd-slow-disk-took-too-long"]],
    ["POD", ["pod-pending"]],
    ["pod-pending", ["pod-pending"]],
    ["killer linux", ["oom-killer"]],
    ["slow disk", ["etcd-slow-disk-took-too-long"]],
    ["nothing", []],
  ])("%j", (query, slugs) => {
    expect(filterRunbookOptions(options, query).map((o) => o.slug)).toEqual(slugs);
  });

  it("caps the list", () => {
    expect(filterRunbookOptions(options, "", 2)).toHaveLength(2);
  });
});
