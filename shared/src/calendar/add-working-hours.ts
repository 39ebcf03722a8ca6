import { DAY_MS, HOUR_MS } from './civil-date';
import { scheduleOf } from './calendar-schedule';
import type { WorkingCalendar } from './working-calendar';

const MAX_WORKING_MS = 100 * 366 * DAY_MS;

/**
 * The earliest instant by which `ms` of working time has passed since `start` (a deadline). Negative `ms`
 * goes back: the latest instant from which `ms` of working time runs up to `start`. A result is open time or
 * the end of an interval (Friday 24:00), never a moment inside closed time; 0 returns `start` as it is. `ms` is rounded to whole milliseconds.
 */
export function addWorkingMs(calendar: WorkingCalendar, start: Date, ms: number): Date {
  const from = start.getTime();
  if (Number.isNaN(from)) throw new RangeError('Invalid start date');
  // A bound far beyond any SLA, so that a wrong unit cannot send the walk through millennia of days.
  if (!(Math.abs(ms) <= MAX_WORKING_MS)) throw new RangeError(`Not a duration of at most 100 years: ${ms}`);
  const duration = Math.round(ms);
  if (duration === 0) return new Date(from);
  return new Date(duration > 0 ? forward(calendar, from, duration) : backward(calendar, from, -duration));
}

/** `addWorkingMs` in hours: 24 working hours is the default SLA. */
export function addWorkingHours(calendar: WorkingCalendar, start: Date, hours: number): Date {
  return addWorkingMs(calendar, start, Math.round(hours * HOUR_MS));
}

function forward(calendar: WorkingCalendar, from: number, ms: number): number {
  const schedule = scheduleOf(calendar);
  let day = schedule.dayContaining(from);
  let remaining = ms;
  for (;;) {
    // Whole days at a time, intervals only on the first and the last day.
    if (from <= day.start && remaining > day.openMs) {
      remaining -= day.openMs;
    } else {
      const open = day.open;
      for (let i = 0; i < open.length; i += 2) {
        const intervalStart = Math.max(open[i], from);
        const available = open[i + 1] - intervalStart;
        if (available <= 0) continue;
        if (remaining <= available) return intervalStart + remaining;
        remaining -= available;
      }
    }
    if (!schedule.opensAfter(day.epochDay)) throw new RangeError('The calendar has no working time after this day');
    day = schedule.day(day.epochDay + 1);
  }
}

function backward(calendar: WorkingCalendar, to: number, ms: number): number {
  const schedule = scheduleOf(calendar);
  let day = schedule.dayContaining(to);
  let remaining = ms;
  for (;;) {
    if (to >= day.end && remaining > day.openMs) {
      remaining -= day.openMs;
    } else {
      const open = day.open;
      for (let i = open.length - 2; i >= 0; i -= 2) {
        const intervalEnd = Math.min(open[i + 1], to);
        const available = intervalEnd - open[i];
        if (available <= 0) continue;
        if (remaining <= available) return intervalEnd - remaining;
        remaining -= available;
      }
    }
    if (!schedule.opensBefore(day.epochDay)) throw new RangeError('The calendar has no working time before this day');
    day = schedule.day(day.epochDay - 1);
  }
}
