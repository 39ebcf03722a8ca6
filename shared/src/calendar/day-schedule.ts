import type { Zone } from 'luxon';
import { DAY_MS, MINUTE_MS } from './civil-date';
import { wallClockToInstant } from './wall-clock-to-instant';

/** One civil day of a calendar, in instants (ms since 1970, UTC). */
export interface DaySchedule {
  readonly epochDay: number;
  /** The instant of the day's 00:00. */
  readonly start: number;
  /** The instant of the next day's 00:00: 23 or 25 hours after `start` when the clocks change. */
  readonly end: number;
  /** Open intervals [from0, to0, from1, to1, …], each from inclusive and to exclusive: sorted, disjoint, none empty. */
  readonly open: readonly number[];
  readonly openMs: number;
}

/**
 * Places a day's opening hours, as minute pairs [from0, to0, …] sorted and disjoint, on the time line.
 * Wall times become instants in the day's own offset, so 08:00-17:00 stays nine hours on both sides of a
 * clock change, and a whole day (0-1440) is as long as the day is.
 */
export function daySchedule(zone: Zone, epochDay: number, minutes: readonly number[]): DaySchedule {
  const start = wallClockToInstant(zone, epochDay, 0);
  const end = wallClockToInstant(zone, epochDay + 1, 0);
  // A 24-hour day has one offset throughout: no more zone look-ups needed.
  const instant =
    end - start === DAY_MS
      ? (minute: number) => start + minute * MINUTE_MS
      : (minute: number) => wallClockToInstant(zone, epochDay, minute);
  const open: number[] = [];
  let openMs = 0;
  for (let i = 0; i < minutes.length; i += 2) {
    const from = instant(minutes[i]);
    const to = instant(minutes[i + 1]);
    // Hours inside a skipped hour shrink to nothing; drop them rather than keep empty intervals.
    if (to <= from) continue;
    if (open.length > 0 && open[open.length - 1] >= from) {
      openMs += to - open[open.length - 1];
      open[open.length - 1] = to;
    } else {
      open.push(from, to);
      openMs += to - from;
    }
  }
  return { epochDay, start, end, open, openMs };
}
