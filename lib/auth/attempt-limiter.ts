/**
 * Counts attempts per key in a sliding window (pure, in memory): the
 * break-glass sign-in allows a few guesses per email and per client address,
 * then refuses until the window passes. Per process: several replicas each
 * allow their own few, which still makes guessing a strong password hopeless.
 */
export class AttemptLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
  ) {}

  /** Milliseconds until the key may try again; 0 when it may now. */
  retryAfter(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    return recent.length < this.maxFailures ? 0 : recent[0] + this.windowMs - now;
  }

  /**
   * Counts an attempt against every key before it is judged, unless one of them is at its
   * limit: then nothing is counted and the milliseconds to wait are returned, else 0. Counted
   * first, because the check takes time (argon2): counted after it, 300 guesses sent at once
   * all passed the limit while the first was being checked. A success forgets the keys (reset).
   */
  begin(keys: string[], now = Date.now()): number {
    const wait = Math.max(0, ...keys.map((key) => this.retryAfter(key, now)));
    if (wait > 0) return wait;
    for (const key of keys) this.failures.set(key, [...this.recent(key, now), now]);
    if (this.failures.size > 10_000) this.prune(now);
    return 0;
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => at > now - this.windowMs);
  }

  private prune(now: number): void {
    for (const key of this.failures.keys()) if (this.recent(key, now).length === 0) this.failures.delete(key);
  }
}
