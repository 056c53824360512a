import { describe, expect, it } from "vitest";
import { deletions, oneEditVariants, withinOneEdit } from "./edit-distance";
import { TypoIndex } from "./typo-index";

describe("withinOneEdit", () => {
  it.each([
    ["certificate", "certficate", true],
    ["certificate", "certificatte", true],
    ["certificate", "certifixate", true],
    ["certificate", "cretificate", true],
    ["certificate", "certificate", true],
    ["certificate", "certfcate", false],
    ["evicted", "evcited", true],
    ["pending", "spending", true],
    ["abc", "abcde", false],
  ])("%s ~ %s → %s", (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });

  it("variants are exactly the strings one edit away", () => {
    const variants = oneEditVariants("etcd");
    expect(variants).toContain("etd");
    expect(variants).toContain("tecd");
    expect(variants).toContain("etcdd");
    expect(variants).toContain("etxd");
    expect(variants).not.toContain("etcd");
    expect(variants.every((v) => withinOneEdit(v, "etcd"))).toBe(true);
    expect(deletions("abc")).toEqual(["bc", "ac", "ab"]);
  });
});

describe("TypoIndex", () => {
  const index = new TypoIndex(["certificate", "certified", "evicted", "pending", "kubelet", "etcd"]);
  it.each([
    ["certficate", ["certificate"]],
    ["evcited", ["evicted"]],
    ["kublet", ["kubelet"]],
    ["pendng", ["pending"]],
    ["certificate", []],
    ["etc", []],
    ["zzzzzz", []],
  ])("%s → %o", (word, expected) => {
    expect(index.corrections(word)).toEqual(expected);
  });
});
