const WINDOW_MS = 15 * 60_000;

/** Counts failed logins per key (address and e-mail) in a sliding window; too many and logins are refused. */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly maxFailures: number) {}

  isBlocked(keys: string[], now: number): boolean {
    return keys.some((key) => this.recent(key, now).length >= this.maxFailures);
  }

  recordFailure(keys: string[], now: number): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key, now), now]);
    if (this.failures.size > 100_000) this.failures.clear();
  }

  reset(keys: string[]): void {
    for (const key of keys) this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => now - at < WINDOW_MS);
  }
}
