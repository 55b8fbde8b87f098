/**
 * Per-address throttle of the public form: at most PUBLIC_REPORT_LIMIT posts per address in
 * PUBLIC_REPORT_WINDOW_MS (a sliding window, in memory per app instance). Residents report one
 * event at a time; a flood is refused with 429.
 */
export const PUBLIC_REPORT_LIMIT = 5;
export const PUBLIC_REPORT_WINDOW_MS = 10 * 60_000;

export class PublicReportLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit = PUBLIC_REPORT_LIMIT,
    readonly windowMs = PUBLIC_REPORT_WINDOW_MS,
  ) {}

  /** Counts a post at `now`; false when the address is over its limit. */
  hit(key: string, now: number): boolean {
    const since = now - this.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000)
      for (const [k, times] of this.hits) if (!times.some((t) => t > since)) this.hits.delete(k);
    return true;
  }

  retryAfterSeconds(key: string, now: number): number {
    const oldest = this.hits.get(key)?.[0];
    return oldest === undefined ? 0 : Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000));
  }
}
