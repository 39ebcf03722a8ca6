import { dutchHolidays } from './dutch-holidays';
import type { DutchHoliday, WorkingCalendar } from './working-calendar';

export interface HolidayInYear {
  /** 'YYYY-MM-DD' */
  readonly date: string;
  readonly name: DutchHoliday;
  /** Whether the calendar closes the office for it (an exception day on the same date still wins). */
  readonly closed: boolean;
}

/** For the admin screen: the year's statutory holidays in date order, each with the calendar's switch. */
export function holidaysInYear(calendar: WorkingCalendar, year: number): HolidayInYear[] {
  if (!Number.isInteger(year)) throw new RangeError(`Not a year: ${year}`);
  return dutchHolidays(year).map(({ date, name }) => ({ date, name, closed: calendar.holidays[name] }));
}
