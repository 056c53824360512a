import { describe, expect, it } from "vitest";
import { CALCULATOR_IDS } from "../runbooks/taxonomy";
import {
  formatBytesBinary,
  formatBytesDecimal,
  formatBytesIn,
  formatMs,
  formatNumber,
  formatPercent,
  formatSignificant,
  formatTimes,
} from "./format";
import { parseCpu, parseNumber, parseSize } from "./parse";
import { CALCULATORS, CALCULATOR_LIST, runbookSearchHref } from "./registry";
import { calculatorHref, hasAnyParam, rawFromParams, rawFromProps, rawToParams } from "./url";

describe("parseNumber", () => {
  it.each([
    ["42", {}, 42],
    [" 4.5 ", {}, 4.5],
    [".5", {}, 0.5],
    ["1e3", {}, 1000],
    ["10,000,000", {}, 1e7],
    ["10_000_000", {}, 1e7],
    ["10 000", {}, 1e4],
    ["", { emptyAs: 0 }, 0],
    ["100.000", { decimals: 0 }, 100],
  ] as const)("%j → %d", (raw, rule, value) => {
    expect(parseNumber(raw, rule)).toEqual({ ok: true, value });
  });

  it.each([
    ["", {}, "Required."],
    ["abc", {}, "Not a number: “abc”."],
    ["1,2", {}, "Not a number: “1,2”."],
    ["NaN", {}, "Not a number: “NaN”."],
    ["Infinity", {}, "Not a number: “Infinity”."],
    ["1e400", {}, "Not a number: “1e400”."],
    ["-1", { min: 0 }, "Must not be negative."],
    ["1.5", { integer: true }, "Must be a whole number."],
    ["0.1234", { decimals: 3 }, "Use at most 3 decimals."],
    ["0", { min: 0, minExclusive: true, unit: " ms" }, "Must be greater than 0 ms."],
    ["5", { min: 10 }, "Must be at least 10."],
    ["5000", { max: 1000, unit: " ms" }, "Must be at most 1,000 ms."],
  ] as const)("%j is rejected: %s", (raw, rule, error) => {
    expect(parseNumber(raw, rule)).toEqual({ ok: false, error });
  });
});

describe("parseCpu", () => {
  it.each([
    ["400m", 400],
    ["0.4", 400],
    ["2", 2000],
    ["1.5 cores", 1500],
    ["250M", 250],
    ["0.001", 1],
  ])("%s → %i millicores", (raw, milli) => {
    expect(parseCpu(raw)).toEqual({ ok: true, value: milli });
  });
});

describe("parseSize", () => {
  it.each([
    ["500GB", 5e11],
    ["500 gb", 5e11],
    ["1.2TB", 1.2e12],
    ["1TiB", 2 ** 40],
    ["931GiB", 931 * 2 ** 30],
    ["1024", 1024],
    ["1,000GB", 1e12],
  ])("%s → %d bytes", (raw, bytes) => {
    expect(parseSize(raw)).toEqual({ ok: true, value: bytes });
  });
});

describe("format", () => {
  it.each([
    [formatNumber(1234.5678), "1,234.57"],
    [formatNumber(-0.0001, 2), "0"],
    [formatNumber(Number.NaN), "—"],
    [formatNumber(Number.POSITIVE_INFINITY), "—"],
    [formatSignificant(0.000123456, 3), "0.000123"],
    [formatSignificant(123456.7, 4), "123,457"],
    [formatMs(105), "105 ms"],
    [formatMs(1500), "1,500 ms (1.5 s)"],
    [formatMs(9_999_999_900), "9,999,999,900 ms (2,777.8 h)"],
    [formatTimes(10.5), "10.5×"],
    [formatTimes(Number.NaN), "—"],
    [formatPercent(0.6021), "60.21%"],
    [formatBytesDecimal(5e11), "500 GB"],
    [formatBytesDecimal(1.5e12), "1.5 TB"],
    [formatBytesBinary(5e11), "465.66 GiB"],
    [formatBytesBinary(1e12), "931.32 GiB"],
    [formatBytesBinary(4e12), "3.64 TiB"],
    [formatBytesBinary(512), "512 B"],
    [formatBytesIn(5e11, "GiB"), "465.66 GiB"],
  ])("%s = %s", (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe("url helpers", () => {
  const defaults = { a: "1", b: "x" };
  it("round-trips raw strings, including empty and odd values", () => {
    const raw = { a: "", b: "a&b=c?d" };
    expect(rawFromParams(new URLSearchParams(rawToParams(raw, ["a", "b"]).toString()), defaults)).toEqual(raw);
  });
  it("builds a calculator link", () => {
    expect(calculatorHref("/calculators/exit-codes", { code: "137" }, ["code"])).toBe("/calculators/exit-codes?code=137");
  });
  it("maps embed props over defaults", () => {
    expect(rawFromProps({ a: 5, b: undefined }, defaults)).toEqual({ a: "5", b: "x" });
  });
  it("detects known params", () => {
    expect(hasAnyParam(new URLSearchParams("b=2"), ["a", "b"])).toBe(true);
    expect(hasAnyParam(new URLSearchParams("c=2"), ["a", "b"])).toBe(false);
  });
});

describe("registry", () => {
  it("has one entry per calculator id with its path", () => {
    expect(CALCULATOR_LIST.map((c) => c.id)).toEqual([...CALCULATOR_IDS]);
    for (const id of CALCULATOR_IDS) {
      expect(CALCULATORS[id].path).toBe(`/calculators/${id}`);
      expect(CALCULATORS[id].title.length).toBeGreaterThan(3);
      expect(CALCULATORS[id].description.length).toBeGreaterThan(20);
    }
  });
  it("links a search term to the runbook list", () => {
    expect(runbookSearchHref("OOMKilled")).toBe("/runbooks?q=OOMKilled");
  });
});
