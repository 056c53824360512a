import { describe, expect, it } from "vitest";
import { bestSnippet, findHighlights, makeSnippet, plainText } from "./snippet";

const hits = (...tokens: string[]) => new Set(tokens);

describe("snippets", () => {
  it("strips Markdown and MDX, keeps the words", () => {
    expect(plainText('## Fix\n\n```bash\nkubectl get pod\n```\n<Terminal title="x">**bold** [link](https://x) `code`</Terminal>')).toBe("Fix kubectl get pod bold link code");
  });

  it("highlights the words whose tokens matched, by stem and CamelCase part", () => {
    const text = "Certificates expired; CrashLoopBackOff again";
    const spans = findHighlights(text, hits("certif", "expir", "crash"));
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(["Certificates", "expired", "CrashLoopBackOff"]);
  });

  it("highlights Chinese by matched character pairs, merging overlaps", () => {
    const text = "图片缓存命中率低";
    expect(findHighlights(text, hits("缓存", "存命", "命中")).map(([s, e]) => text.slice(s, e))).toEqual(["缓存命中"]);
    expect(findHighlights("很慢", hits("慢")).map(([s, e]) => "很慢".slice(s, e))).toEqual(["慢"]);
  });

  it("cuts long text around the densest hits, at word boundaries, offsets still right", () => {
    const text = `${"filler words here ".repeat(30)}the etcd disk is slow and etcd took too long ${"more filler ".repeat(30)}`;
    const snippet = makeSnippet(text, hits("etcd", "disk", "slow"), 80);
    expect(snippet.text.startsWith("…")).toBe(true);
    expect(snippet.text.endsWith("…")).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(82);
    expect(snippet.highlights.map(([s, e]) => snippet.text.slice(s, e))).toEqual(["etcd", "disk", "slow", "etcd"]);
  });

  it("bestSnippet takes the text with the most hits, or the first non-empty one", () => {
    expect(bestSnippet(["", "nothing here", "etcd is slow"], hits("etcd", "slow")).text).toBe("etcd is slow");
    expect(bestSnippet(["", "first", "second"], hits("zzz")).text).toBe("first");
    expect(bestSnippet([""], hits("x"))).toEqual({ text: "", highlights: [] });
  });
});
