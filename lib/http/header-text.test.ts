import { describe, expect, it } from "vitest";
import { headerText } from "./header-text";

/** A string as Node hands a header over: one character per UTF-8 byte. */
const asReceived = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

describe("headerText", () => {
  it.each([
    ["张三", "Chinese"],
    ["José Müller", "accented Latin"],
    ["ops-团队,sre", "a group list"],
    ["🚒 on-call", "an emoji (four bytes)"],
  ])("reads %j (%s) sent as UTF-8 bytes", (text) => {
    expect(asReceived(text)).not.toBe(text);
    expect(headerText(asReceived(text))).toBe(text);
  });

  it.each([
    ["alice", "ASCII"],
    ["", "empty"],
    ["\u00e9\u00ff", "Latin-1 bytes that are not UTF-8"],
    ["caf\u00e9", "a lone Latin-1 é"],
    ["\u00c3", "a truncated UTF-8 sequence"],
    ["张三", "characters above 0xFF (already text)"],
  ])("leaves %j (%s) as it is", (value) => {
    expect(headerText(value)).toBe(value);
  });
});
