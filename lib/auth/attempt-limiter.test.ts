import { describe, expect, it } from "vitest";
import { AttemptLimiter } from "./attempt-limiter";

describe("AttemptLimiter", () => {
  it("allows a few failures, then refuses until the window passes", () => {
    const limiter = new AttemptLimiter(3, 60_000);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter("k", 1000 + i)).toBe(0);
      limiter.fail("k", 1000 + i);
    }
    expect(limiter.retryAfter("k", 2000)).toBe(1000 + 60_000 - 2000);
    expect(limiter.retryAfter("other", 2000)).toBe(0);
    expect(limiter.retryAfter("k", 61_001)).toBe(0);
  });

  it("forgets failures after a success", () => {
    const limiter = new AttemptLimiter(1, 60_000);
    limiter.fail("k", 0);
    limiter.reset("k");
    expect(limiter.retryAfter("k", 1)).toBe(0);
  });
});
