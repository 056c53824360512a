import { describe, expect, it } from "vitest";
import { searchTerms } from "./incident-filters";
import { derivedColumns, foldForSearch, resolveSecondsOf, searchTextOf } from "./incident-derived-columns";

describe("search folding", () => {
  it("lower-cases every script and turns full-width forms into plain ones", () => {
    expect(foldForSearch("ÄRGER mit ＤＮＳ im Cluster")).toBe("ärger mit dns im cluster");
    expect(foldForSearch("数据库连接超时")).toBe("数据库连接超时");
  });

  it("swaps LIKE's special characters, so a query for them matches them literally", () => {
    expect(foldForSearch("100%_C:\\tmp")).toBe("100\uE000\uE001c:\uE002tmp");
  });

  it("searchText covers title, the four sections, service, environment and alert name", () => {
    const text = searchTextOf({ title: "T", phenomenon: "P", cause: "C", fix: "F", result: "R", service: "Svc", environment: "Env", alertname: "KubeX" });
    expect(text.split("\n")).toEqual(["t", "p", "c", "f", "r", "svc", "env", "kubex"]);
  });

  it("splits a query into folded words, at most ten", () => {
    expect(searchTerms("  DNS   timeout dns ")).toEqual(["dns", "timeout"]);
    expect(searchTerms("a b c d e f g h i j k l")).toHaveLength(10);
    expect(searchTerms(undefined)).toEqual([]);
  });

  it("time to resolve is whole seconds, null while unresolved", () => {
    expect(resolveSecondsOf(new Date(0), new Date(90_600))).toBe(91);
    expect(resolveSecondsOf(new Date(0), null)).toBeNull();
  });

  it("times to detect and mitigate are whole seconds from the start, null without that time; the title key is derived too", () => {
    const text = { title: "Disk full on node-12", phenomenon: "", cause: "", fix: "", result: "", service: "s", environment: "e", alertname: null };
    const startedAt = new Date("2026-11-22T10:00:00Z");
    expect(derivedColumns({ ...text, startedAt, detectedAt: new Date("2026-11-22T10:04:29.600Z"), mitigatedAt: null, resolvedAt: new Date("2026-11-22T11:00:00Z") })).toMatchObject({
      detectSeconds: 270,
      mitigateSeconds: null,
      resolveSeconds: 3600,
      titleKey: "disk full on node #",
    });
  });
});
