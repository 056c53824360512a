import { describe, expect, it } from "vitest";
import { searchParamsToRecord } from "./search-params";

describe("searchParamsToRecord", () => {
  it.each([
    ["status=open", { status: "open" }],
    ["status=open&status=mitigated", { status: ["open", "mitigated"] }],
    // Empty is not given, for every parameter (hasAlert=, sort= and limit= were refused where status= was ignored).
    ["hasAlert=&sort=&limit=&status=", {}],
    ["limit=&limit=5", { limit: "5" }],
    ["q=%20", { q: " " }],
  ])("%s", (query, record) => {
    expect(searchParamsToRecord(new URLSearchParams(query))).toEqual(record);
  });
});
