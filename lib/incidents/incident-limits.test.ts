import { describe, expect, it } from "vitest";
import { cleanText, fitText, textListProblem, textProblem, truncateText, yearProblem } from "./incident-limits";

describe("incident text rules", () => {
  it.each([
    ["NUL", "a\u0000b", "line", true],
    ["ESC", "a\u001bb", "line", true],
    ["DEL", "a\u007fb", "line", true],
    ["C1", "a\u0085b", "line", true],
    ["tab in a line", "a\tb", "line", true],
    ["tab in Markdown", "a\tb\r\nc", "multiline", false],
    ["NUL in Markdown", "a\u0000", "multiline", true],
    ["lone high surrogate", "a\ud83d", "line", true],
    ["lone low surrogate", "\ude00a", "multiline", true],
    ["emoji", "ok 😀 👨‍👩‍👧", "line", false],
    ["Chinese", "磁盘已满", "line", false],
  ] as const)("%s", (_name, text, kind, refused) => {
    expect(textProblem(text, kind) !== null).toBe(refused);
  });

  it("cleaning drops controls, turns a line's breaks into spaces and repairs lone surrogates", () => {
    expect(cleanText("a\u0000b\u001b[0m\nc\td", "line")).toBe("ab c d");
    expect(cleanText("a\u0000b\nc", "multiline")).toBe("ab\nc");
    expect(cleanText("x\ud800y", "line")).toBe("x\ufffdy");
  });

  // Pasted terminal output: these read "[31merror[0m" (the ESC byte dropped, the rest kept as one token).
  it.each([
    ["a colour", "\u001b[31merror\u001b[0m oom", "error oom"],
    ["bold and colour", "\u001b[1;31mOOMKilled\u001b[0m", "OOMKilled"],
    ["256 colours", "\u001b[38;5;196mfailed\u001b[39m", "failed"],
    ["a cursor move and line erase", "\u001b[2K\u001b[1Gpulling image", "pulling image"],
    ["a private mode", "\u001b[?25lspinner\u001b[?25h", "spinner"],
    ["a one-byte CSI", "\u009b32mok\u009b0m", "ok"],
    ["a hyperlink (OSC 8, ended by ST)", "\u001b]8;;https://x.test/a\u001b\\link\u001b]8;;\u001b\\", "link"],
    ["a window title (OSC, ended by BEL)", "\u001b]0;build\u0007done", "done"],
    ["a two-byte escape", "a\u001bMb", "ab"],
    ["a lone ESC", "a\u001b", "a"],
    ["brackets without ESC stay", "[31m] x[0]", "[31m] x[0]"],
  ])("cleaning removes terminal escapes: %s", (_name, text, clean) => {
    expect(cleanText(text, "line")).toBe(clean);
    expect(cleanText(text, "multiline")).toBe(clean);
  });

  it("truncation never cuts inside a grapheme cluster and says it cut", () => {
    const family = "👨‍👩‍👧‍👦"; // 11 code units
    expect(truncateText("abc", 3)).toBe("abc");
    expect(truncateText("abcdef", 4)).toBe("abc…");
    expect(truncateText(`ab${family}`, 8)).toBe("ab…");
    expect(truncateText(`ab${family}cd`, 14)).toBe(`ab${family}…`);
    expect(truncateText("e\u0301".repeat(5), 4)).toBe("e\u0301…");
    for (let max = 2; max < 30; max++) {
      const cut = fitText(`x${"😀".repeat(20)}`, "line", max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut.isWellFormed()).toBe(true);
    }
  });

  it("years outside 1970…2100 are refused", () => {
    expect(yearProblem(new Date("1969-12-31T23:59:59Z"))).not.toBeNull();
    expect(yearProblem(new Date("1970-01-01T00:00:00Z"))).toBeNull();
    expect(yearProblem(new Date("2100-12-31T23:59:59Z"))).toBeNull();
    expect(yearProblem(new Date("2101-01-01T00:00:00Z"))).not.toBeNull();
  });
});

describe("textListProblem", () => {
  it.each([
    [[], null],
    [["api", "shop"], null],
    [["a", "b", "c"], "namespace: at most 2 values"],
    [["a".repeat(10)], null],
    [["a".repeat(11)], "namespace values must be at most 10 characters"],
    [["ok", "tab\there"], "namespace values must not contain control characters (NUL, tab, line breaks, …) or broken Unicode"],
    [["\ud800"], "namespace values must not contain control characters (NUL, tab, line breaks, …) or broken Unicode"],
  ] as const)("%j → %s", (values, expected) => {
    expect(textListProblem(values, "namespace", 10, 2)).toBe(expected);
  });
});
