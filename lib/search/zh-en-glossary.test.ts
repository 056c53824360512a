import { describe, expect, it } from "vitest";
import { parseQuery, resolveTerms, type ResolvedTerm } from "./query-terms";
import { RunbookRanker, type RunbookSearchSource } from "./rank-runbooks";
import { addTranslations, glossaryFor, TRANSLATION_FACTOR, ZH_EN_GLOSSARY } from "./zh-en-glossary";
import { analyze } from "./tokenize";

const everything = { has: () => true, corrections: () => [], completions: () => [] };
const glossary = glossaryFor(() => true);

function translated(query: string): ResolvedTerm[] {
  const parsed = parseQuery(query, { prefix: false });
  return addTranslations(parsed.normalized, resolveTerms(parsed.terms, everything), glossary);
}

/** Per term that gained a translation: [the term's token, the English tokens]. */
const translations = (terms: ResolvedTerm[]) =>
  terms.flatMap((t) => {
    const added = t.alternatives.filter((a) => a.kind === "translation");
    return added.length ? [[t.token, added.map((a) => a.token)] as const] : [];
  });

describe("addTranslations", () => {
  it.each([
    ["pod Terminating 卡住", [["卡住", ["stuck"]]]],
    ["cpu throttling 延迟高", [["延迟", ["latenc"]]]],
    // The longer phrase is taken first and its parts do not match again: one translation, on its first bigram.
    ["pod 删除不了", [["删除", ["delet"]]]],
    ["磁盘满了 证书过期", [["磁盘", ["disk"]], ["证书", ["certif"]], ["过期", ["expir"]]]],
    // Nothing to translate: the same terms.
    ["CrashLoopBackOff 一直", []],
    ["x509: certificate has expired", []],
  ] as const)("%s", (query, expected) => {
    expect(translations(translated(query))).toEqual(expected);
  });

  it("adds an alternative, never a term: the query's weight and word count stay as typed", () => {
    const parsed = parseQuery("pod Terminating 卡住", { prefix: false });
    const plain = resolveTerms(parsed.terms, everything);
    const terms = addTranslations(parsed.normalized, plain, glossary);
    expect(terms.map((t) => t.token)).toEqual(plain.map((t) => t.token));
    expect(terms.find((t) => t.token === "卡住")?.alternatives).toEqual([
      { token: "卡住", kind: "exact", factor: 1 },
      { token: "stuck", kind: "translation", factor: TRANSLATION_FACTOR },
    ]);
    expect(addTranslations("CrashLoopBackOff", plain, glossary)).toBe(plain);
  });

  it("glossaryFor keeps the words some runbook uses, spelled as the tokeniser spells them", () => {
    expect(glossaryFor((token) => token === "stuck" || token === "certif")).toEqual([
      ["卡住", "stuck"],
      ["卡死", "stuck"],
      ["证书", "certif"],
    ]);
  });

  it("every entry is a Chinese word and one English word that survives the tokeniser", () => {
    for (const [zh, en] of ZH_EN_GLOSSARY) {
      expect(zh, en).toMatch(/^\p{Script=Han}{2,}$/u);
      expect(analyze(en), `${zh} → ${en}`).toHaveLength(1);
    }
  });
});

describe("ranking with translations", () => {
  const base = { summary: "", kind: "runbook" as const, alerts: [], tags: ["kubernetes"], components: [], phenomenon: "", body: "" };
  const corpus: RunbookSearchSource[] = [
    { ...base, slug: "pod-terminating", title: "Pod stuck in Terminating", symptoms: ["Pod 一直处于 Terminating", "Pod 删除不掉"] },
    { ...base, slug: "namespace-terminating", title: "Namespace stuck in Terminating", symptoms: ["命名空间删除卡住", "namespace 一直 Terminating"] },
    { ...base, slug: "rolling-update-pvc", title: "Rolling update waits on a ReadWriteOnce volume", symptoms: ["滚动更新卡住"], body: "The new pod stays in ContainerCreating." },
  ];
  const ranker = new RunbookRanker(corpus);

  it("finds the English title in a query that says 'stuck' in Chinese (it ranked the namespace runbook first)", () => {
    const [first] = ranker.search("pod Terminating 卡住", { prefix: false });
    expect(first.slug).toBe("pod-terminating");
  });
});
