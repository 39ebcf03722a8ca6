import { epochDayOf, formatIsoDate, isoWeekdayOf } from './civil-date';
import { easterSunday } from './easter-sunday';
import type { DutchHoliday } from './working-calendar';

export interface DutchHolidayDate {
  /** 'YYYY-MM-DD' */
  readonly date: string;
  readonly epochDay: number;
  readonly name: DutchHoliday;
}

const byYear = new Map<number, readonly DutchHolidayDate[]>();
const CACHED_YEARS = 64;

/** The statutory holidays of one year, in date order; two can share a date (Hemelvaartsdag on 5 May, 2016). */
export function dutchHolidays(year: number): readonly DutchHolidayDate[] {
  let holidays = byYear.get(year);
  if (!holidays) {
    holidays = computeDutchHolidays(year);
    if (byYear.size >= CACHED_YEARS) byYear.delete(byYear.keys().next().value as number);
    byYear.set(year, holidays);
  }
  return holidays;
}

function computeDutchHolidays(year: number): readonly DutchHolidayDate[] {
  const easter = epochDayOf(easterSunday(year));
  const fixed = (month: number, day: number) => epochDayOf({ year, month, day });
  const days: [DutchHoliday, number][] = [
    ['newYearsDay', fixed(1, 1)],
    ['goodFriday', easter - 2],
    ['easterSunday', easter],
    ['easterMonday', easter + 1],
    ['kingsDay', kingsDay(year)],
    // Every year, not only each fifth: the Algemene termijnenwet names it, the Cao Gemeenten gives it off since 2024.
    ['liberationDay', fixed(5, 5)],
    ['ascensionDay', easter + 39],
    ['whitSunday', easter + 49],
    ['whitMonday', easter + 50],
    ['christmasDay', fixed(12, 25)],
    ['boxingDay', fixed(12, 26)],
  ];
  return Object.freeze(
    days
      .sort(([, a], [, b]) => a - b)
      .map(([name, epochDay]) => Object.freeze({ date: formatIsoDate(epochDay), epochDay, name })),
  );
}

// The King's birthday, moved back to Saturday when it falls on a Sunday; before 2014 the Queen's
// (30 April, same rule since 1980). Earlier rules are out of any inbox's reach and not modelled.
function kingsDay(year: number): number {
  const birthday = epochDayOf({ year, month: 4, day: year >= 2014 ? 27 : 30 });
  return isoWeekdayOf(birthday) === 7 ? birthday - 1 : birthday;
}
