import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { scratchDir } from "../support/scratch-dir";

describe("scratchDir", () => {
  let made = "";
  let presentInAfterEach: boolean | undefined;

  afterEach(() => {
    if (made) presentInAfterEach = existsSync(made);
  });

  it("makes a folder the test can write to", () => {
    made = scratchDir("triage-scratch-test-");
    writeFileSync(path.join(made, "file.db"), "x");
    expect(existsSync(path.join(made, "file.db"))).toBe(true);
  });

  it("removed it, with its files, once the test finished, after the afterEach hooks (they may stop processes using it)", () => {
    expect(made).not.toBe("");
    expect(presentInAfterEach).toBe(true);
    expect(existsSync(made)).toBe(false);
  });
});
