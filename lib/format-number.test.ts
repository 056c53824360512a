import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, NOT_A_NUMBER } from "./format-number";

/** What formatNumber printed before it grouped digits itself: round with toFixed, then Intl's en-US grouping. */
function withIntl(n: number, maxDecimals: number): string {
  const rounded = Number(n.toFixed(maxDecimals));
  return (Object.is(rounded, -0) ? 0 : rounded).toLocaleString("en-US", { maximumFractionDigits: maxDecimals, useGrouping: true });
}

describe("formatNumber", () => {
  it.each([
    [1234.5, 2, "1,234.5"],
    [1234.5678, 2, "1,234.57"],
    [-1234567.891, 1, "-1,234,567.9"],
    [999.999, 2, "1,000"],
    [0.0001, 2, "0"],
    [-0.0001, 2, "0"],
    [1e-7, 8, "0.0000001"],
    [100, 0, "100"],
    [1_000_000, 3, "1,000,000"],
    [123456789012345.67, 3, "123,456,789,012,345.67"],
    [1e21, 0, "1,000,000,000,000,000,000,000"],
    [Number.NaN, 2, NOT_A_NUMBER],
    [Number.POSITIVE_INFINITY, 2, NOT_A_NUMBER],
  ])("%d with %d decimals → %s", (n, decimals, expected) => {
    expect(formatNumber(n, decimals)).toBe(expected);
  });

  it("prints exactly what Intl's en-US grouping printed, for any double and precision", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e22, max: 1e22 }), fc.integer({ min: 0, max: 20 }), (n, decimals) => {
        expect(formatNumber(n, decimals)).toBe(withIntl(n, decimals));
      }),
      { numRuns: 20_000 },
    );
  });
});
