import type { Zone } from 'luxon';
import { DAY_MS, MINUTE_MS } from './civil-date';

/**
 * The instant (ms since 1970, UTC) at which the clocks in `zone` show `minuteOfDay` on `epochDay`; 1440 is
 * the next day's midnight. A time that occurs twice (autumn) maps to its first occurrence; a time the clocks
 * skip (spring) maps to the moment they jump, so a later wall time never maps to an earlier instant.
 */
export function wallClockToInstant(zone: Zone, epochDay: number, minuteOfDay: number): number {
  const wall = epochDay * DAY_MS + minuteOfDay * MINUTE_MS;
  // Offsets a day either side bracket any change that can affect this wall time (one per day at most).
  const offsetBefore = zone.offset(wall - DAY_MS) * MINUTE_MS;
  const offsetAfter = zone.offset(wall + DAY_MS) * MINUTE_MS;
  if (offsetBefore === offsetAfter) return wall - offsetBefore;

  const withOffsetBefore = wall - offsetBefore;
  const withOffsetAfter = wall - offsetAfter;
  const beforeHolds = zone.offset(withOffsetBefore) * MINUTE_MS === offsetBefore;
  const afterHolds = zone.offset(withOffsetAfter) * MINUTE_MS === offsetAfter;
  if (beforeHolds && afterHolds) return Math.min(withOffsetBefore, withOffsetAfter);
  if (beforeHolds) return withOffsetBefore;
  if (afterHolds) return withOffsetAfter;

  // Skipped: the jump lies between the two candidates; find it to the millisecond (about 22 steps, once per
  // cached day at most).
  let stillBefore = Math.min(withOffsetBefore, withOffsetAfter);
  let alreadyAfter = Math.max(withOffsetBefore, withOffsetAfter);
  while (alreadyAfter - stillBefore > 1) {
    const middle = Math.floor((stillBefore + alreadyAfter) / 2);
    if (zone.offset(middle) * MINUTE_MS === offsetAfter) alreadyAfter = middle;
    else stillBefore = middle;
  }
  return alreadyAfter;
}
