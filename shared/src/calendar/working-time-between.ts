import { HOUR_MS } from './civil-date';
import { scheduleOf } from './calendar-schedule';
import type { WorkingCalendar } from './working-calendar';

/**
 * Working time from `from` to `to` in ms. Negative when `to` comes first, so that the time left until a
 * deadline turns into the time it is overdue without a special case.
 */
export function workingMsBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  const start = from.getTime();
  const end = to.getTime();
  if (Number.isNaN(start) || Number.isNaN(end)) throw new RangeError('Invalid date');
  // 0 - x, not -x: no working time backwards is 0, not -0.
  if (end < start) return 0 - openMsWithin(calendar, end, start);
  return openMsWithin(calendar, start, end);
}

/** `workingMsBetween` in (fractional) hours. */
export function workingHoursBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  return workingMsBetween(calendar, from, to) / HOUR_MS;
}

function openMsWithin(calendar: WorkingCalendar, start: number, end: number): number {
  const schedule = scheduleOf(calendar);
  let total = 0;
  for (let day = schedule.dayContaining(start); day.start < end; day = schedule.day(day.epochDay + 1)) {
    if (start <= day.start && day.end <= end) {
      total += day.openMs;
      continue;
    }
    const open = day.open;
    for (let i = 0; i < open.length; i += 2) {
      const overlap = Math.min(open[i + 1], end) - Math.max(open[i], start);
      if (overlap > 0) total += overlap;
    }
  }
  return total;
}
