import { describe, expect, it } from "vitest";
import { highlightAfterFirstChanged } from "./palette-highlight";

describe("highlightAfterFirstChanged", () => {
  it.each([
    ["not moved: follows the new first entry", { selected: "search-page", movedForQuery: null }, "log an incident", "runbook-pod-pending", "runbook-pod-pending"],
    ["moved for this query: stays where the reader put it", { selected: "log-incident", movedForQuery: "log an incident" }, "log an incident", "runbook-pod-pending", "log-incident"],
    ["moved for an earlier query: the new query's first entry wins", { selected: "log-incident", movedForQuery: "log" }, "log an incident", "runbook-pod-pending", "runbook-pod-pending"],
    ["query cleared after moving: back to the first action", { selected: "runbook-pod-pending", movedForQuery: "pod" }, "", "log-incident", "log-incident"],
  ])("%s", (_case, current, query, nextFirst, expected) => {
    expect(highlightAfterFirstChanged(current, query, nextFirst)).toBe(expected);
  });
});
