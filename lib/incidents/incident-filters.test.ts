import { describe, expect, it } from "vitest";
import { searchTerms } from "./incident-filters";

describe("searchTerms", () => {
  it("keeps every word of q: an 11th word was dropped, so it no longer had to match", () => {
    const words = "node pool upgrade stuck eviction blocked single replica ledger sync zebraunicorn";
    expect(searchTerms(words)).toHaveLength(11);
    expect(searchTerms(words)).toContain("zebraunicorn");
  });

  it("each token once, none for an empty q", () => {
    expect(searchTerms("disk disk DISK")).toEqual(["disk"]);
    expect(searchTerms(undefined)).toEqual([]);
    expect(searchTerms("")).toEqual([]);
  });
});
