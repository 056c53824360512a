import { describe, expect, it } from "vitest";
import { initialDataFor, type InitialListPage } from "./initial-list-page";

const page: InitialListPage = { path: "/api/incidents?severity=SEV1", data: { items: [], nextCursor: "c1" }, fetchedAt: 1_700_000_000_000 };

describe("initialDataFor", () => {
  it.each([
    ["the path the server loaded", page, "/api/incidents?severity=SEV1", page],
    ["another filter", page, "/api/incidents?severity=SEV2", undefined],
    ["the next page of the same filter", page, "/api/incidents?severity=SEV1&cursor=c1", undefined],
    ["no page from the server (its query was refused)", null, "/api/incidents?severity=SEV1", undefined],
    ["no page given at all", undefined, "/api/incidents", undefined],
  ])("%s", (_case, initial, path, expected) => {
    expect(initialDataFor(initial, path)).toEqual(expected);
  });
});
