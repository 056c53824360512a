import { describe, expect, it } from "vitest";
import { parseQuery, resolveTerms } from "./query-terms";
import { dampSingleHan, SINGLE_HAN_FACTOR, weighChineseTerms } from "./weigh-chinese-terms";
import { glossaryFor, glossaryTokensIn } from "./zh-en-glossary";

const everything = { has: () => true, corrections: () => [], completions: () => [] };

function resolved(query: string) {
  const parsed = parseQuery(query, { prefix: false });
  return { normalized: parsed.normalized, terms: resolveTerms(parsed.terms, everything) };
}

/** Each term as [token, [kind, token, factor] of each alternative]. */
const shape = (terms: ReturnType<typeof resolved>["terms"]) => terms.map((t) => [t.token, t.alternatives.map((a) => [a.kind, a.token, a.factor])]);

describe("dampSingleHan", () => {
  it.each([
    // Every character stands inside a bigram of the query: each counts a quarter, the bigrams in full.
    ["启动失败", { 启: SINGLE_HAN_FACTOR, 动: SINGLE_HAN_FACTOR, 失: SINGLE_HAN_FACTOR, 败: SINGLE_HAN_FACTOR, 启动: 1, 动失: 1, 失败: 1 }],
    // A lone character (no bigram holds it) and a one-character query keep their weight.
    ["启动 慢", { 启: SINGLE_HAN_FACTOR, 动: SINGLE_HAN_FACTOR, 启动: 1, 慢: 1 }],
    ["慢", { 慢: 1 }],
    // English terms are never touched.
    ["sysctl 慢", { sysctl: 1, 慢: 1 }],
  ] as const)("%s", (query, factors) => {
    const terms = dampSingleHan(resolved(query).terms);
    expect(Object.fromEntries(terms.map((t) => [t.token, t.alternatives[0].factor]))).toEqual(factors);
  });
});

describe("weighChineseTerms", () => {
  it("translates first, then damps: a translation on a bigram keeps its factor, the characters around it are damped", () => {
    const { normalized, terms } = resolved("pod 卡住");
    expect(shape(weighChineseTerms(normalized, terms, glossaryFor(() => true)))).toEqual([
      ["pod", [["exact", "pod", 1]]],
      ["卡", [["exact", "卡", SINGLE_HAN_FACTOR]]],
      ["卡住", [["exact", "卡住", 1], ["translation", "stuck", 0.8]]],
      ["住", [["exact", "住", SINGLE_HAN_FACTOR]]],
    ]);
  });

  it("adds no translation the vocabulary lacks", () => {
    const { normalized, terms } = resolved("pod 卡住");
    const weighed = weighChineseTerms(normalized, terms, glossaryFor((token) => token !== "stuck"));
    expect(weighed.flatMap((t) => t.alternatives).some((a) => a.kind === "translation")).toBe(false);
  });
});

describe("glossaryTokensIn", () => {
  it.each([
    ["kubeconfig 证书过期", ["certif", "expir"]],
    ["pod 删不掉", ["delet"]],
    // 删除不了 and 删除 both translate to one token: it is looked up once.
    ["删除不了", ["delet"]],
    ["CrashLoopBackOff exit code 137", []],
  ] as const)("%s", (text, tokens) => {
    expect(glossaryTokensIn(text).sort()).toEqual([...tokens].sort());
  });
});
