// Countdowns show minutes; in between, `sla.changed` moves the clock at the exact moment a state changes.
const TICK_MS = 15_000;
// How far a server's moment may pull the clock ahead of this computer's (small skews), and how far back this
// computer's time may fall before the clock follows it (the system clock was set back).
const MAX_SKEW_MS = 60_000;

/**
 * One "now" for everything that shows or sorts by SLA state: the inbox rows, the filtered lists in the cache and the
 * conversation's countdown turn at risk together, never one tick apart.
 */
export interface SlaClock {
  now(): Date;
  subscribe(listener: () => void): () => void;
  /** The server says a state changed at `at`: that moment has come, also when this computer's clock lags a little. */
  advanceTo(at: Date): void;
  /** Reads the time at once, e.g. after a list was fetched: its rows are shown as they stand now, not a tick ago. */
  tick(): void;
}

export function createSlaClock(readTime: () => number = Date.now, tickMs = TICK_MS): SlaClock {
  let current = new Date(readTime());
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setInterval> | null = null;

  const moveTo = (ms: number) => {
    // Never backwards by a little, so a state the server announced does not flicker back.
    if (ms === current.getTime() || (ms < current.getTime() && current.getTime() - ms <= MAX_SKEW_MS)) return;
    current = new Date(ms);
    for (const listener of [...listeners]) listener();
  };
  const tick = () => moveTo(readTime());

  return {
    now: () => current,
    subscribe(listener) {
      listeners.add(listener);
      if (timer === null) {
        tick();
        timer = setInterval(tick, tickMs);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer !== null) {
          clearInterval(timer);
          timer = null;
        }
      };
    },
    advanceTo(at) {
      const time = readTime();
      moveTo(Math.max(time, Math.min(at.getTime(), time + MAX_SKEW_MS), current.getTime()));
    },
    tick,
  };
}

export const slaClock = createSlaClock();
