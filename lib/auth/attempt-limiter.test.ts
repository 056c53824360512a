import { describe, expect, it } from "vitest";
import { AttemptLimiter } from "./attempt-limiter";

describe("AttemptLimiter", () => {
  it("allows a few failures, then refuses until the window passes", () => {
    const limiter = new AttemptLimiter(3, 60_000);
    for (let i = 0; i < 3; i++) expect(limiter.begin(["k"], 1000 + i)).toBe(0);
    expect(limiter.retryAfter("k", 2000)).toBe(1000 + 60_000 - 2000);
    expect(limiter.retryAfter("other", 2000)).toBe(0);
    expect(limiter.retryAfter("k", 61_001)).toBe(0);
  });

  it("forgets failures after a success", () => {
    const limiter = new AttemptLimiter(1, 60_000);
    limiter.begin(["k"], 0);
    limiter.reset("k");
    expect(limiter.retryAfter("k", 1)).toBe(0);
  });

  it("counts an attempt when it begins, so attempts in flight count (300 parallel guesses all passed)", () => {
    const limiter = new AttemptLimiter(5, 60_000);
    const answers = Array.from({ length: 20 }, () => limiter.begin(["email:a", "ip:1"], 1000));
    expect(answers.filter((wait) => wait === 0)).toHaveLength(5);
    expect(limiter.begin(["email:b", "ip:1"], 1000)).toBeGreaterThan(0);
    expect(limiter.retryAfter("email:b", 1000)).toBe(0);
  });
});
