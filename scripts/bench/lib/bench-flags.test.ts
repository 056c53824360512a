import { describe, expect, it } from "vitest";
import { readBenchFlags } from "./bench-flags";

describe("readBenchFlags", () => {
  it.each([
    ["a value with = in it stays whole", ["--pages=/search?q=OOMKilled,/runbooks"], { pages: "/search?q=OOMKilled,/runbooks" }],
    ["several flags", ["--rounds=3", "--port=3720"], { rounds: "3", port: "3720" }],
    ["a flag and its value as two arguments", ["--rounds", "5"], { rounds: "5" }],
    ["none given", [], {}],
  ])("%s", (_name, argv, flags) => {
    expect(readBenchFlags(argv, ["pages", "rounds", "port"])).toEqual({ ok: true, flags });
  });

  it.each([
    ["an unknown flag", ["--round=3"], "--round"],
    ["a positional argument", ["3"], "3"],
  ])("%s is a problem naming it", (_name, argv, named) => {
    const result = readBenchFlags(argv, ["rounds"]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(named);
  });
});
