/**
 * A token bucket per key (pure, in memory): `limit` requests per `windowMs`,
 * refilled continuously, so a client may burst up to `limit` and then goes
 * at the sustained rate. Per process: with several replicas each allows its
 * own share (put a shared limit in the load balancer if that matters).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Takes one token: 0 when allowed, else the milliseconds until one is available. */
  take(key: string, now = Date.now()): number {
    const rate = this.limit / this.windowMs;
    const bucket = this.buckets.get(key) ?? { tokens: this.limit, at: now };
    bucket.tokens = Math.min(this.limit, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.prune(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / rate);
  }

  /** Forgets full buckets (clients that have been quiet for a whole window). */
  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) if (bucket.tokens + (now - bucket.at) * (this.limit / this.windowMs) >= this.limit) this.buckets.delete(key);
  }
}
