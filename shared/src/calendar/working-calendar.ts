// The days the Algemene termijnenwet (art. 3) names, plus Easter and Whit Sunday, which PRODUCT.md lists too
// (they only matter when an office has Sunday hours). Nothing else: no observances, no Oudejaarsdag.
export const DUTCH_HOLIDAYS = [
  'newYearsDay',
  'goodFriday',
  'easterSunday',
  'easterMonday',
  'kingsDay',
  'liberationDay',
  'ascensionDay',
  'whitSunday',
  'whitMonday',
  'christmasDay',
  'boxingDay',
] as const;
export type DutchHoliday = (typeof DUTCH_HOLIDAYS)[number];

export const CALENDAR_MODES = ['working-days', 'opening-hours'] as const;
export type CalendarMode = (typeof CALENDAR_MODES)[number];

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Wall-clock times 'HH:mm' in the calendar's time zone; `to` may be '24:00', and must be after `from`. */
export interface OpeningInterval {
  readonly from: string;
  readonly to: string;
}

export interface ExceptionDay {
  /** 'YYYY-MM-DD' */
  readonly date: string;
  /** Replaces the day's hours in both modes; an empty list closes the day. */
  readonly hours: readonly OpeningInterval[];
}

/**
 * Plain JSON: stored by the server, sent to the browser. Treat it as immutable: results are cached per object.
 * Per day the most specific rule wins: closedDays, then exceptionDays, then holidays, then the weekday.
 */
export interface WorkingCalendar {
  readonly timeZone: string;
  /** working-days: the clock runs all day Monday to Friday; opening-hours: only within `openingHours`. */
  readonly mode: CalendarMode;
  /** Used in opening-hours mode; intervals per ISO weekday must not overlap. */
  readonly openingHours: Readonly<Record<IsoWeekday, readonly OpeningInterval[]>>;
  /** Which statutory holidays close the office. */
  readonly holidays: Readonly<Record<DutchHoliday, boolean>>;
  /** Extra closing days 'YYYY-MM-DD', e.g. the Friday after Hemelvaartsdag. */
  readonly closedDays: readonly string[];
  /** Days with their own hours, e.g. 24 December until 12:00. */
  readonly exceptionDays: readonly ExceptionDay[];
}

const officeHours: readonly OpeningInterval[] = Object.freeze([Object.freeze({ from: '08:00', to: '17:00' })]);

// Frozen all the way down: it is shared by every caller, and the caches key on its identity.
export const DEFAULT_CALENDAR: WorkingCalendar = Object.freeze({
  timeZone: 'Europe/Amsterdam',
  mode: 'working-days',
  openingHours: Object.freeze({
    1: officeHours,
    2: officeHours,
    3: officeHours,
    4: officeHours,
    5: officeHours,
    6: Object.freeze([]),
    7: Object.freeze([]),
  }),
  holidays: Object.freeze(
    Object.fromEntries(DUTCH_HOLIDAYS.map((holiday) => [holiday, true])) as Record<DutchHoliday, boolean>,
  ),
  closedDays: Object.freeze([]),
  exceptionDays: Object.freeze([]),
});
