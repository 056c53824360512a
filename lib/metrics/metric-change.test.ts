import { describe, expect, it } from "vitest";
import { changeBetween } from "./metric-change";

describe("changeBetween", () => {
  it.each([
    [120, 100, 20, 0.2],
    [50, 100, -50, -0.5],
    [0, 0, 0, null],
    [3, 0, 3, null],
    [null, 100, null, null],
    [100, null, null, null],
  ])("%s vs %s: delta %s, ratio %s", (current, previous, delta, ratio) => {
    expect(changeBetween(current, previous)).toEqual({ current, previous, delta, ratio });
  });
});
