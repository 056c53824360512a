import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limiter";

describe("RateLimiter", () => {
  it("allows a burst of `limit`, then refuses with the wait, then refills at the sustained rate", () => {
    const limiter = new RateLimiter(3, 60_000);
    const t = 1_000_000;
    expect([limiter.take("a", t), limiter.take("a", t), limiter.take("a", t)]).toEqual([0, 0, 0]);
    expect(limiter.take("a", t)).toBe(20_000);
    expect(limiter.take("b", t)).toBe(0);
    expect(limiter.take("a", t + 19_999)).toBeGreaterThan(0);
    expect(limiter.take("a", t + 20_000)).toBe(0);
    expect(limiter.take("a", t + 20_000)).toBe(20_000);
  });

  it("keys named after Object.prototype members are ordinary keys", () => {
    const limiter = new RateLimiter(1, 1000);
    expect(limiter.take("constructor", 0)).toBe(0);
    expect(limiter.take("__proto__", 0)).toBe(0);
    expect(limiter.take("constructor", 0)).toBe(1000);
  });
});
