import { describe, expect, it } from "vitest";
import { FieldValidationError } from "./errors";
import { decodeCursor, encodeCursor } from "./incident-cursor";

const position = { value: "2026-11-20T08:00:00.000Z", startedAt: "2026-11-20T08:00:00.000Z", id: 42 };

describe("list cursors", () => {
  it("round-trip, and are URL-safe", () => {
    const cursor = encodeCursor("startedAt", "desc", position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, "startedAt", "desc")).toEqual(position);
    const titled = encodeCursor("title", "asc", { ...position, value: "Überlast / 过载 +=" });
    expect(decodeCursor(titled, "title", "asc").value).toBe("Überlast / 过载 +=");
    expect(decodeCursor(encodeCursor("timeToResolve", "asc", { ...position, value: null }), "timeToResolve", "asc").value).toBeNull();
  });

  it.each([
    ["garbage", "%%%"],
    ["not JSON", Buffer.from("hello").toString("base64url")],
    ["another sort", encodeCursor("title", "desc", { ...position, value: "x" })],
    ["another order", encodeCursor("startedAt", "asc", position)],
    ["a value of the wrong type", encodeCursor("startedAt", "desc", { ...position, value: 5 })],
    ["an unknown severity", Buffer.from(JSON.stringify({ s: "startedAt", o: "desc", v: "SEV9", t: position.startedAt, i: 1 })).toString("base64url")],
    ["a negative id", Buffer.from(JSON.stringify({ s: "startedAt", o: "desc", v: position.value, t: position.startedAt, i: -1 })).toString("base64url")],
  ])("refuses %s with a cursor field error", (_why, cursor) => {
    expect(() => decodeCursor(cursor, "startedAt", "desc")).toThrow(FieldValidationError);
  });
});
