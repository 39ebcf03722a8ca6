export { addWorkingHours, addWorkingMs } from './add-working-hours';
export { workingCalendarSchema, validateCalendar } from './calendar.schema';
export { formatWorkingDuration, type WorkingDuration } from './format-working-duration';
export { holidaysInYear, type HolidayInYear } from './holidays-in-year';
export { isOpen } from './is-open';
export { nextOpening } from './next-opening';
export { workingHoursBetween, workingMsBetween } from './working-time-between';
export {
  CALENDAR_MODES,
  DEFAULT_CALENDAR,
  DUTCH_HOLIDAYS,
  type CalendarMode,
  type DutchHoliday,
  type ExceptionDay,
  type IsoWeekday,
  type OpeningInterval,
  type WorkingCalendar,
} from './working-calendar';
