import type { IsoWeekday } from './working-calendar';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** A date on the wall calendar, without a time zone: month and day count from 1. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

// Days are numbered like Unix days (1970-01-01 is 0) but stand for civil dates, so that whole-day
// arithmetic never touches a time zone. Only UTC methods of Date are used: the machine's zone is irrelevant.
export function epochDayOf(date: CivilDate): number {
  const utc = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads the years 0-99 as 1900-1999.
  utc.setUTCFullYear(date.year, date.month - 1, date.day);
  return Math.round(utc.getTime() / DAY_MS);
}

export function civilDateOf(epochDay: number): CivilDate {
  const utc = new Date(epochDay * DAY_MS);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

export function isoWeekdayOf(epochDay: number): IsoWeekday {
  // 1970-01-01 was a Thursday (4).
  return (((((epochDay + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/** 'YYYY-MM-DD' to its epoch day, or null when it is not a real date (2026-02-30). */
export function parseIsoDate(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const epochDay = epochDayOf(date);
  const roundTrip = civilDateOf(epochDay);
  return roundTrip.month === date.month && roundTrip.day === date.day ? epochDay : null;
}

export function formatIsoDate(epochDay: number): string {
  const { year, month, day } = civilDateOf(epochDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
