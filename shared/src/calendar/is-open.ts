import { scheduleOf } from './calendar-schedule';
import type { WorkingCalendar } from './working-calendar';

/** Whether the clock runs at this instant; an interval includes its start and excludes its end. */
export function isOpen(calendar: WorkingCalendar, at: Date): boolean {
  const instant = at.getTime();
  if (Number.isNaN(instant)) throw new RangeError('Invalid date');
  const open = scheduleOf(calendar).dayContaining(instant).open;
  for (let i = 0; i < open.length; i += 2) {
    if (instant < open[i]) return false;
    if (instant < open[i + 1]) return true;
  }
  return false;
}
