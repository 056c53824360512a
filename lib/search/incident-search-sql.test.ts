import { describe, expect, it } from "vitest";
import { allTokensMatch, fts5Token, insertLookupSql, placeholders, tsqueryToken } from "./incident-search-sql";

describe("incident search SQL", () => {
  it("quotes a token for FTS5 and tsquery, so even a token with syntax in it stays one literal", () => {
    expect(fts5Token("etcd")).toBe('"etcd"');
    expect(fts5Token('a"b NEAR(c)')).toBe('"a""b NEAR(c)"');
    expect(tsqueryToken("etcd")).toBe("'etcd'");
    expect(tsqueryToken("a'b\\c & !d:*")).toBe("'a''b\\\\c & !d:*'");
  });

  it("joins tokens with the engine's AND", () => {
    expect(allTokensMatch("sqlite", ["etcd", "disk"])).toBe('"etcd" AND "disk"');
    expect(allTokensMatch("postgres", ["etcd", "disk"])).toBe("'etcd' & 'disk'");
  });

  it("binds every value", () => {
    expect(placeholders("postgres", 3, 4)).toBe("$4, $5, $6");
    expect(placeholders("sqlite", 2)).toBe("?, ?");
    expect(insertLookupSql("sqlite", 2)).toBe('INSERT INTO "IncidentSearch" (rowid, "tokens") VALUES (?, ?), (?, ?)');
    expect(insertLookupSql("postgres", 1)).toContain("($1::integer, array_to_tsvector(string_to_array($2, ' ')))");
  });
});
