import { describe, expect, it } from "vitest";
import { filterRunbooks, paginateRunbooks, parseRunbookListQuery, runbookListHref, runbookSorts } from "./filter-runbooks";
import { runbookFrontmatterSchema } from "./frontmatter-schema";
import type { RunbookMeta } from "./runbook-index";

// Through the frontmatter schema, as content:check reads a runbook file: typed and valid, no casts.
const meta = (slug: string, fields: Record<string, unknown>): RunbookMeta => ({
  ...runbookFrontmatterSchema.parse({ summary: "A summary.", symptoms: [], components: [], ...fields }),
  slug,
  file: `${slug}.mdx`,
});
const runbooks = [
  meta("pod-pending", { title: "Pod stuck in Pending", tags: ["kubernetes"], components: ["kube-scheduler"], symptoms: ["0/3 nodes are available", "Pod 一直 Pending"], updated: "2026-10-01" }),
  meta("etcd-slow", { title: "etcd took too long", tags: ["kubernetes", "etcd"], components: ["etcd"], symptoms: ["etcdserver: read-only range request ... took too long"], updated: "2026-11-01" }),
  meta("oom-killer", { title: "OOM killer", tags: ["linux-kernel"], symptoms: ["Out of memory: Killed process"], updated: "2026-09-01" }),
];
const counts = new Map([["oom-killer", 5], ["pod-pending", 2]]);
const q = (params: Record<string, string>) => parseRunbookListQuery(params);
const slugs = (list: RunbookMeta[]) => list.map((r) => r.slug);

describe("filterRunbooks", () => {
  it.each([
    [{}, ["etcd-slow", "oom-killer", "pod-pending"]],
    [{ tag: "etcd" }, ["etcd-slow"]],
    [{ tag: "kubernetes" }, ["etcd-slow", "pod-pending"]],
    [{ component: "kube-scheduler" }, ["pod-pending"]],
    [{ q: "took too long" }, ["etcd-slow"]],
    [{ q: "pending", tag: "etcd" }, []],
    [{ q: "nothing matches this" }, []],
    [{ sort: "updated" }, ["etcd-slow", "pod-pending", "oom-killer"]],
    [{ sort: "incidents" }, ["oom-killer", "pod-pending", "etcd-slow"]],
    [{ sort: "bogus" }, ["etcd-slow", "oom-killer", "pod-pending"]],
  ])("%o → %o", (params, expected) => {
    // What the search found for each q (lib/search decides; here it is given).
    const found: Record<string, string[]> = { "took too long": ["etcd-slow"], pending: ["pod-pending"] };
    const matching = new Set(found[(params as { q?: string }).q ?? ""] ?? []);
    expect(slugs(filterRunbooks(runbooks, q(params), counts, matching))).toEqual(expected);
  });

  it("without the counts (a reader who may not read incidents), the incident sort is not offered and sorts by title", () => {
    expect(runbookSorts(counts)).toEqual(["title", "updated", "incidents"]);
    expect(runbookSorts(null)).toEqual(["title", "updated"]);
    expect(slugs(filterRunbooks(runbooks, q({ sort: "incidents" }), null))).toEqual(["etcd-slow", "oom-killer", "pod-pending"]);
  });
});

describe("runbookListHref", () => {
  it.each([
    [{}, "/runbooks"],
    [{ tag: "etcd" }, "/runbooks?tag=etcd"],
    [{ sort: "title" as const }, "/runbooks"],
    [{ q: "a b", component: "etcd", sort: "incidents" as const }, "/runbooks?q=a+b&component=etcd&sort=incidents"],
    [{ tag: "etcd", page: 3 }, "/runbooks?tag=etcd&page=3"],
    [{ page: 1 }, "/runbooks"],
  ])("%o → %s", (query, href) => {
    expect(runbookListHref(query)).toBe(href);
  });

  it("round-trips through parseRunbookListQuery", () => {
    const query = { q: "x509 expired", tag: "tls", component: "apiserver", sort: "updated" as const, page: 2 };
    const params = Object.fromEntries(new URL(runbookListHref(query), "http://h").searchParams);
    expect(parseRunbookListQuery(params)).toEqual(query);
  });
});

describe("parseRunbookListQuery page", () => {
  it.each([
    [undefined, 1],
    ["2", 2],
    ["0", 1],
    ["-1", 1],
    ["1.5", 1],
    ["abc", 1],
    ["99999999999999999999", 1],
  ])("page=%s → %d", (page, expected) => {
    expect(q(page === undefined ? {} : { page }).page).toBe(expected);
  });
});

describe("paginateRunbooks", () => {
  const many = Array.from({ length: 10 }, (_, i) => ({ ...runbooks[0], slug: `r${i}` }));
  it.each([
    [1, ["r0", "r1", "r2", "r3"], 1],
    [3, ["r8", "r9"], 3],
    [9, ["r8", "r9"], 3],
  ])("page %d of 10 by 4 → %o (shown as page %d)", (page, expected, shown) => {
    const result = paginateRunbooks(many, page, 4);
    expect(slugs(result.items)).toEqual(expected);
    expect(result).toMatchObject({ page: shown, pages: 3, offset: (shown - 1) * 4 });
  });

  it("an empty list is one empty page", () => {
    expect(paginateRunbooks([], 2, 4)).toEqual({ items: [], page: 1, pages: 1, offset: 0 });
  });
});
