import { scheduleOf } from './calendar-schedule';
import type { WorkingCalendar } from './working-calendar';

/** When the clock runs again: `at` itself when it is open. Throws a RangeError when the calendar never opens again. */
export function nextOpening(calendar: WorkingCalendar, at: Date): Date {
  const instant = at.getTime();
  if (Number.isNaN(instant)) throw new RangeError('Invalid date');
  const schedule = scheduleOf(calendar);
  let day = schedule.dayContaining(instant);
  for (;;) {
    const open = day.open;
    for (let i = 0; i < open.length; i += 2) {
      if (instant < open[i + 1]) return new Date(Math.max(open[i], instant));
    }
    if (!schedule.opensAfter(day.epochDay)) throw new RangeError('The calendar has no working time after this day');
    day = schedule.day(day.epochDay + 1);
  }
}
