import { describe, expect, it } from "vitest";
import { EXIT_DEFAULTS, calculateExit, exitFromParams, exitToParams, parseExitInput, signalName, type ExitRaw } from "./exit-codes";

function run(code: string) {
  const parsed = parseExitInput({ code });
  if (!parsed.ok) throw new Error(`unexpected errors: ${JSON.stringify(parsed.errors)}`);
  return calculateExit(parsed.input);
}

describe("exit code decoder", () => {
  it.each([
    // code, status, category, title, signal name
    ["0", 0, "success", "Success", null],
    ["1", 1, "error", "General error", null],
    ["2", 2, "shell", "Misuse of shell builtins", null],
    ["126", 126, "shell", "Command cannot execute", null],
    ["127", 127, "shell", "Command not found", null],
    ["128", 128, "shell", "Invalid argument to exit (128 + 0)", null],
    ["130", 130, "signal", "Killed by SIGINT", "SIGINT"],
    ["134", 134, "signal", "Killed by SIGABRT", "SIGABRT"],
    ["137", 137, "signal", "Killed by SIGKILL", "SIGKILL"],
    ["139", 139, "signal", "Killed by SIGSEGV", "SIGSEGV"],
    ["141", 141, "signal", "Killed by SIGPIPE", "SIGPIPE"],
    ["143", 143, "signal", "Killed by SIGTERM", "SIGTERM"],
    ["162", 162, "signal", "Killed by SIGRTMIN", "SIGRTMIN"],
    ["192", 192, "signal", "Killed by SIGRTMAX", "SIGRTMAX"],
    ["200", 200, "error", "Application-defined error", null],
    ["255", 255, "out-of-range", "Exit status out of range (often exit -1)", null],
    ["64", 64, "error", "sysexits.h code", null],
    ["42", 42, "error", "Application-defined error", null],
    // wrapped as bash does (exit N keeps N mod 256)
    ["-1", 255, "out-of-range", "Exit status out of range (often exit -1)", null],
    ["256", 0, "success", "Success", null],
    ["393", 137, "signal", "Killed by SIGKILL", "SIGKILL"],
    ["-119", 137, "signal", "Killed by SIGKILL", "SIGKILL"],
    ["4294967297", 1, "error", "General error", null],
    ["+3", 3, "error", "Application-defined error", null],
  ] as const)("%s", (code, status, category, title, signalName) => {
    const r = run(code);
    expect(r.status).toBe(status);
    expect(r.category).toBe(category);
    expect(r.title).toBe(title);
    expect(r.signal?.name ?? null).toBe(signalName);
    expect(r.wrapped).toBe(Number(code) < 0 || Number(code) > 255);
  });

  it("137 points at the OOM killer and its runbooks", () => {
    const r = run("137");
    expect(r.meaning).toBe("128 + 9: the process was terminated by signal 9 (SIGKILL: killed, cannot be caught: the OOM killer, kill -9, or a runtime that stopped waiting after SIGTERM).");
    expect(r.causes[0]).toMatch(/OOM killer/);
    expect(r.searchTerms).toContain("OOMKilled");
    expect(r.steps).toContainEqual({ label: "Signal number", formula: "137 − 128", value: "9 (SIGKILL)" });
    expect(r.configLines.map((l) => l.code).join("\n")).toContain("journalctl -k");
  });

  it("143 is a normal stop", () => {
    expect(run("143").causes[0]).toMatch(/normal stop/);
  });

  it("shows the wrap step", () => {
    expect(run("-1").steps[0]).toEqual({ label: "Wrap to 0–255", formula: "-1 mod 256 (bash keeps the low 8 bits)", value: "255" });
  });

  it.each([
    [35, "SIGRTMIN+1"],
    [49, "SIGRTMIN+15"],
    [50, "SIGRTMAX-14"],
    [63, "SIGRTMAX-1"],
    [32, "signal 32"],
  ])("names signal %i %s", (n, name) => {
    expect(signalName(n)).toBe(name);
  });

  it.each<[string, string]>([
    ["", "Required."],
    ["   ", "Required."],
    ["abc", "Not a number: “abc”."],
    ["3.14159", "Must be a whole number (bash answers “exit: numeric argument required” and exits with 2)."],
    ["1e3", "Not a number: “1e3”."],
    ["99999999999999999999", "Out of range for the shell (64-bit): bash rejects it and exits with 2."],
  ])("invalid %j", (code, message) => {
    const parsed = parseExitInput({ code });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.code).toBe(message);
  });

  it.each<[string, ExitRaw]>([
    ["defaults", EXIT_DEFAULTS],
    ["negative", { code: "-1" }],
    ["invalid", { code: "x y" }],
  ])("URL round-trip: %s", (_name, raw) => {
    expect(exitFromParams(new URLSearchParams(exitToParams(raw).toString()))).toEqual(raw);
  });
});
