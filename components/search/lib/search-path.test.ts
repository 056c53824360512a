import { describe, expect, it } from "vitest";
import { MAX_URL_QUERY_BYTES, readSearchFragment, searchPageHref, searchPath, searchRequest } from "./search-path";

/** A pasted Chinese kubelet line: 9 bytes a character once percent-encoded. */
const chineseLog = (chars: number) => "节点内存不足，驱逐容器。".repeat(Math.ceil(chars / 12)).slice(0, chars);

describe("searchRequest: GET while the query fits in a URL, POST past that", () => {
  const cases = [
    { name: "a typed query", q: "OOMKilled", method: "GET" },
    { name: "an English log line of 1,900 characters", q: "x".repeat(1900), method: "GET" },
    // With type=runbook&limit=5 (21 bytes) and "q=" (2): 225 × 9 + 23 = 2,048 fits, 226 × 9 + 23 = 2,057 does not.
    { name: "225 Chinese characters and the filters: 2,048 bytes", q: chineseLog(225), method: "GET" },
    { name: "226 Chinese characters and the filters: 2,057 bytes", q: chineseLog(226), method: "POST" },
    { name: "a pasted Chinese log of 2,500 characters (the 431 the UI audit hit)", q: chineseLog(2500), method: "POST" },
    { name: "8,000 characters, the longest query", q: "y".repeat(8000), method: "POST" },
  ] as const;
  for (const { name, q, method } of cases) {
    it(name, () => {
      const request = searchRequest({ q, type: "runbook", limit: 5 });
      expect(request.method).toBe(method);
      if (request.method === "GET") {
        expect(request.path).toBe(searchPath({ q, type: "runbook", limit: 5 }));
        expect(request.path.length - "/api/search?".length).toBeLessThanOrEqual(MAX_URL_QUERY_BYTES);
      } else {
        expect(request).toEqual({ method: "POST", path: "/api/search", body: { q, type: "runbook", limit: 5 } });
      }
    });
  }
});

describe("searchPageHref and readSearchFragment", () => {
  it("a query that fits is a link the server renders", () => {
    expect(searchPageHref({ q: "disk full", tag: "linux" })).toBe("/search?q=disk+full&tag=linux");
  });

  it("a long query goes in the fragment, which reads back to the same parameters", () => {
    const q = `${chineseLog(2500)}\nline two & more #hash`;
    const href = searchPageHref({ q, type: "incident", tag: "kubernetes" });
    expect(href.startsWith("/search#")).toBe(true);
    expect(readSearchFragment(href.slice("/search".length))).toEqual({ q, type: "incident", tag: "kubernetes" });
  });

  const fragments: [string, string, ReturnType<typeof readSearchFragment>][] = [
    ["no fragment", "", null],
    ["a fragment without q (an anchor)", "#results", null],
    ["a blank q", "#q=+++", null],
    ["q alone", "#q=etcd", { q: "etcd", type: undefined, tag: undefined }],
    ["an empty type is no type", "#q=etcd&type=", { q: "etcd", type: undefined, tag: undefined }],
    ["an unknown type is passed on for the server to name", "#q=etcd&type=wiki", { q: "etcd", type: "wiki", tag: undefined }],
  ];
  for (const [name, hash, expected] of fragments) it(name, () => expect(readSearchFragment(hash)).toEqual(expected));
});
