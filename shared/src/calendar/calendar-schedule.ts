import { IANAZone, type Zone } from 'luxon';
import { validateCalendar } from './calendar.schema';
import { DAY_MS, civilDateOf, isoWeekdayOf, parseIsoDate } from './civil-date';
import { minutesOfDay } from './clock-time';
import { daySchedule, type DaySchedule } from './day-schedule';
import { dutchHolidays } from './dutch-holidays';
import type { IsoWeekday, OpeningInterval, WorkingCalendar } from './working-calendar';

const ISO_WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
const WHOLE_DAY = Object.freeze([0, 24 * 60]);
const NO_HOURS: readonly number[] = Object.freeze([]);
// About three years of days per calendar: a deadline or countdown touches a handful of days around now.
const CACHED_DAYS = 1024;
const CACHED_YEARS = 8;

/** A calendar compiled for fast look-ups: the days it has been asked about, as instants, cached. */
export class CalendarSchedule {
  private readonly zone: Zone;
  private readonly weekly: readonly (readonly number[])[];
  private readonly closedDays: ReadonlySet<number>;
  private readonly exceptionDays: ReadonlyMap<number, readonly number[]>;
  private readonly days = new Map<number, DaySchedule>();
  private readonly closingHolidaysByYear = new Map<number, ReadonlySet<number>>();
  // Without weekly hours only exception days open: walking past the last of them would never end.
  private readonly opensWeekly: boolean;
  private readonly firstExceptionOpen: number;
  private readonly lastExceptionOpen: number;

  constructor(private readonly calendar: WorkingCalendar) {
    this.zone = IANAZone.create(calendar.timeZone);
    const hoursOf = (weekday: IsoWeekday) =>
      calendar.mode === 'working-days'
        ? weekday <= 5
          ? WHOLE_DAY
          : NO_HOURS
        : toMinutes(calendar.openingHours[weekday]);
    // Indexed by ISO weekday, so index 0 is unused.
    this.weekly = [NO_HOURS, ...ISO_WEEKDAYS.map(hoursOf)];
    this.closedDays = new Set(calendar.closedDays.map(toEpochDay));
    this.exceptionDays = new Map(calendar.exceptionDays.map(({ date, hours }) => [toEpochDay(date), toMinutes(hours)]));
    this.opensWeekly = this.weekly.some((minutes) => minutes.length > 0);
    const exceptionsOpen = [...this.exceptionDays].filter(([, minutes]) => minutes.length > 0).map(([day]) => day);
    this.firstExceptionOpen = Math.min(...exceptionsOpen);
    this.lastExceptionOpen = Math.max(...exceptionsOpen);
  }

  day(epochDay: number): DaySchedule {
    let schedule = this.days.get(epochDay);
    if (!schedule) {
      schedule = daySchedule(this.zone, epochDay, this.hoursOn(epochDay));
      if (this.days.size >= CACHED_DAYS) this.days.delete(this.days.keys().next().value as number);
      this.days.set(epochDay, schedule);
    }
    return schedule;
  }

  /** The civil day whose [start, end) holds the instant. */
  dayContaining(instant: number): DaySchedule {
    // The UTC date is at most one day off: offsets stay within ±14 hours.
    let schedule = this.day(Math.floor(instant / DAY_MS));
    while (instant < schedule.start) schedule = this.day(schedule.epochDay - 1);
    while (instant >= schedule.end) schedule = this.day(schedule.epochDay + 1);
    return schedule;
  }

  /** Whether any day after this one has open time. */
  opensAfter(epochDay: number): boolean {
    return this.opensWeekly || epochDay < this.lastExceptionOpen;
  }

  /** Whether any day before this one has open time. */
  opensBefore(epochDay: number): boolean {
    return this.opensWeekly || epochDay > this.firstExceptionOpen;
  }

  // The most specific rule wins: a closing day, an exception day, a holiday, the weekday.
  private hoursOn(epochDay: number): readonly number[] {
    if (this.closedDays.has(epochDay)) return NO_HOURS;
    const exception = this.exceptionDays.get(epochDay);
    if (exception) return exception;
    if (this.closingHolidays(civilDateOf(epochDay).year).has(epochDay)) return NO_HOURS;
    return this.weekly[isoWeekdayOf(epochDay)];
  }

  private closingHolidays(year: number): ReadonlySet<number> {
    let closing = this.closingHolidaysByYear.get(year);
    if (!closing) {
      const holidays = dutchHolidays(year).filter(({ name }) => this.calendar.holidays[name]);
      closing = new Set(holidays.map(({ epochDay }) => epochDay));
      if (this.closingHolidaysByYear.size >= CACHED_YEARS) {
        this.closingHolidaysByYear.delete(this.closingHolidaysByYear.keys().next().value as number);
      }
      this.closingHolidaysByYear.set(year, closing);
    }
    return closing;
  }
}

const byObject = new WeakMap<WorkingCalendar, CalendarSchedule>();
// Equal calendars share one schedule, also when the server parses the stored JSON again for every message.
const byJson = new Map<string, CalendarSchedule>();
const CACHED_CALENDARS = 16;

/** The compiled form of a calendar, validated and built once per calendar object or JSON text. */
export function scheduleOf(calendar: WorkingCalendar): CalendarSchedule {
  let schedule = byObject.get(calendar);
  if (!schedule) {
    const json = JSON.stringify(calendar);
    schedule = byJson.get(json);
    if (!schedule) {
      schedule = new CalendarSchedule(validateCalendar(calendar));
      if (byJson.size >= CACHED_CALENDARS) byJson.delete(byJson.keys().next().value as string);
      byJson.set(json, schedule);
    }
    byObject.set(calendar, schedule);
  }
  return schedule;
}

// Validated intervals do not overlap; sorting is all that is left to do.
function toMinutes(intervals: readonly OpeningInterval[]): readonly number[] {
  return intervals
    .map(({ from, to }) => [minutesOfDay(from) ?? 0, minutesOfDay(to) ?? 0])
    .sort(([a], [b]) => a - b)
    .flat();
}

function toEpochDay(date: string): number {
  return parseIsoDate(date) ?? Number.NaN;
}
