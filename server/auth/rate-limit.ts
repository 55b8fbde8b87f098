/** An in-memory sliding window: at most `limit` hits per key in `windowMs`. */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Records a hit at `now`; false when the key is over its limit (the hit is not counted). */
  hit(key: string, now: number): boolean {
    const since = now - this.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.sweep(since);
    return true;
  }

  /** Seconds until the oldest hit in the window leaves it. */
  retryAfterSeconds(key: string, now: number): number {
    const oldest = this.hits.get(key)?.[0];
    return oldest === undefined ? 0 : Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000));
  }

  private sweep(since: number) {
    for (const [key, times] of this.hits) {
      const recent = times.filter((t) => t > since);
      if (recent.length) this.hits.set(key, recent);
      else this.hits.delete(key);
    }
  }
}

export const LOGIN_RATE_LIMIT = 20;
export const LOGIN_RATE_WINDOW_MS = 60_000;

const limiters = new WeakMap<object, SlidingWindowLimiter>();

/** One login limiter per app instance (keyed by its deps). */
export function loginLimiter(owner: object): SlidingWindowLimiter {
  let limiter = limiters.get(owner);
  if (!limiter) {
    limiter = new SlidingWindowLimiter(LOGIN_RATE_LIMIT, LOGIN_RATE_WINDOW_MS);
    limiters.set(owner, limiter);
  }
  return limiter;
}
