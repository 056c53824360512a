import { describe, expect, it } from "vitest";
import { formatHelp, parseCommandLine, UsageError, type CommandSpec } from "./parse-command-line";

const spec: CommandSpec = {
  name: "check-rules",
  summary: "Check rules.",
  args: "<files>…",
  minArgs: 1,
  maxArgs: 3,
  options: {
    "base-url": { type: "string", value: "<url>", description: "Base." },
    format: { type: "string", value: "<format>", choices: ["text", "json"], description: "Format." },
    "dry-run": { type: "boolean", description: "Dry." },
  },
  details: ["Exit codes: 0, 1, 2."],
};

describe("parseCommandLine", () => {
  it("parses options in either form, positionals anywhere", () => {
    expect(parseCommandLine(spec, ["a.yaml", "--base-url", "https://x", "--format=json", "b", "--dry-run"])).toEqual({
      help: false,
      values: { "base-url": "https://x", format: "json", "dry-run": true },
      positionals: ["a.yaml", "b"],
    });
  });

  it("--help and -h win over missing arguments, and over an unknown option (that was an error)", () => {
    expect(parseCommandLine(spec, ["--help"]).help).toBe(true);
    expect(parseCommandLine(spec, ["-h"]).help).toBe(true);
    expect(parseCommandLine(spec, ["--help", "--bogus"]).help).toBe(true);
    expect(parseCommandLine(spec, ["--bogus", "-h"]).help).toBe(true);
    expect(() => parseCommandLine(spec, ["--bogus"])).toThrow(UsageError);
  });

  it.each([
    [["a", "--nope"], /Unknown option '--nope'/],
    [["a", "--format", "xml"], /--format must be one of text, json, got "xml"/],
    [["a", "--base-url"], /--base-url/],
    [["a", "--base-url="], /--base-url needs a value/],
    [["--format", "json"], /missing <files>…/],
    [["a", "b", "c", "d"], /too many arguments: d/],
    [["a", "--dry-run=yes"], /--dry-run/],
  ])("%j is a usage error", (argv, message) => {
    expect(() => parseCommandLine(spec, argv)).toThrow(UsageError);
    expect(() => parseCommandLine(spec, argv)).toThrow(message);
  });

  it("help lists every option, -h, and the details", () => {
    const help = formatHelp(spec);
    expect(help).toContain("Usage: triage check-rules <files>… [options]");
    expect(help).toMatch(/--base-url <url>\s+Base\./);
    expect(help).toMatch(/--dry-run\s+Dry\./);
    expect(help).toMatch(/-h, --help\s+Show this help\./);
    expect(help).toContain("Exit codes: 0, 1, 2.");
  });
});
