import fc from 'fast-check';
import { DateTime } from 'luxon';
import { addWorkingMs } from './add-working-hours';
import { dutchHolidays } from './dutch-holidays';
import { isOpen } from './is-open';
import { nextOpening } from './next-opening';
import { workingMsBetween } from './working-time-between';
import {
  DEFAULT_CALENDAR,
  DUTCH_HOLIDAYS,
  type DutchHoliday,
  type IsoWeekday,
  type OpeningInterval,
  type WorkingCalendar,
} from './working-calendar';

const HOUR = 3_600_000;
const ZONE = 'Europe/Amsterdam';

// A second, deliberately naive implementation to compare with: luxon's own zone arithmetic, day by day.
// The holidays come from dutchHolidays, which dutch-holidays.spec compares with date-holidays.
function referenceIntervals(calendar: WorkingCalendar, day: DateTime): [number, number][] {
  const date = day.toISODate() ?? '';
  const nextDay = day.plus({ days: 1 });
  const wall = (time: string) =>
    time === '24:00' ? nextDay : day.set({ hour: Number(time.slice(0, 2)), minute: Number(time.slice(3, 5)) });
  const toInstants = (hours: readonly OpeningInterval[]) =>
    hours.map(({ from, to }): [number, number] => [wall(from).toMillis(), wall(to).toMillis()]);
  if (calendar.closedDays.includes(date)) return [];
  const exception = calendar.exceptionDays.find((exceptionDay) => exceptionDay.date === date);
  if (exception) return toInstants(exception.hours);
  if (dutchHolidays(day.year).some((holiday) => holiday.date === date && calendar.holidays[holiday.name])) return [];
  if (calendar.mode === 'working-days') return day.weekday <= 5 ? [[day.toMillis(), nextDay.toMillis()]] : [];
  return toInstants(calendar.openingHours[day.weekday as IsoWeekday]);
}

function referenceAdd(calendar: WorkingCalendar, start: number, ms: number): number {
  let remaining = ms;
  for (let day = DateTime.fromMillis(start, { zone: ZONE }).startOf('day'); ; day = day.plus({ days: 1 })) {
    for (const [from, to] of referenceIntervals(calendar, day).sort(([a], [b]) => a - b)) {
      const available = to - Math.max(from, start);
      if (available <= 0) continue;
      if (remaining <= available) return Math.max(from, start) + remaining;
      remaining -= available;
    }
  }
}

function referenceBetween(calendar: WorkingCalendar, start: number, end: number): number {
  let total = 0;
  for (let day = DateTime.fromMillis(start, { zone: ZONE }).startOf('day'); day.toMillis() < end;) {
    for (const [from, to] of referenceIntervals(calendar, day))
      total += Math.max(0, Math.min(to, end) - Math.max(from, start));
    day = day.plus({ days: 1 });
  }
  return total;
}

// Times in 15-minute steps, avoiding 02:00-03:00: in that hour luxon resolves skipped and doubled wall times
// its own way (by the current date), which is not what is under test here.
const quarter = fc
  .integer({ min: 0, max: 96 })
  .filter((quarterOfDay) => quarterOfDay < 8 || quarterOfDay >= 12)
  .map((quarterOfDay) => quarterOfDay * 15);
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const intervals = (maxCount: number) =>
  fc.uniqueArray(quarter, { maxLength: maxCount * 2 }).map((points) => {
    const sorted = [...points].sort((a, b) => a - b);
    const hours: OpeningInterval[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) hours.push({ from: clock(sorted[i]), to: clock(sorted[i + 1]) });
    return hours;
  });
const dateIn2026 = fc
  .integer({ min: 0, max: 364 })
  .map(
    (offset) =>
      DateTime.fromObject({ year: 2026, month: 1, day: 1 }, { zone: 'UTC' }).plus({ days: offset }).toISODate() ?? '',
  );

const calendarArbitrary: fc.Arbitrary<WorkingCalendar> = fc
  .record({
    mode: fc.constantFrom('working-days' as const, 'opening-hours' as const),
    // Monday always has hours, so that every calendar opens again.
    monday: intervals(3).filter((hours) => hours.length > 0),
    otherDays: fc.array(intervals(3), { minLength: 6, maxLength: 6 }),
    closed: fc.array(fc.boolean(), { minLength: DUTCH_HOLIDAYS.length, maxLength: DUTCH_HOLIDAYS.length }),
    specialDates: fc.uniqueArray(dateIn2026, { maxLength: 12 }),
    exceptionHours: fc.array(intervals(2), { minLength: 12, maxLength: 12 }),
  })
  .map(({ mode, monday, otherDays, closed, specialDates, exceptionHours }) => ({
    timeZone: ZONE,
    mode,
    openingHours: {
      1: monday,
      2: otherDays[0],
      3: otherDays[1],
      4: otherDays[2],
      5: otherDays[3],
      6: otherDays[4],
      7: otherDays[5],
    },
    holidays: Object.fromEntries(DUTCH_HOLIDAYS.map((holiday, i) => [holiday, closed[i]])) as Record<
      DutchHoliday,
      boolean
    >,
    closedDays: specialDates.filter((_, i) => i % 2 === 0),
    exceptionDays: specialDates.filter((_, i) => i % 2 === 1).map((date, i) => ({ date, hours: exceptionHours[i] })),
  }));

// 2026 holds both clock changes; whole minutes hit interval boundaries, odd milliseconds do not.
const from2026 = Date.parse('2026-01-01T00:00:00+01:00');
const instant = fc.oneof(
  fc.integer({ min: from2026, max: from2026 + 330 * 24 * HOUR }),
  fc.integer({ min: 0, max: 330 * 24 * 60 }).map((minute) => from2026 + minute * 60_000),
  fc
    .constantFrom('2026-03-27T15:00:00+01:00', '2026-03-29T01:59:00+01:00', '2026-10-23T15:00:00+02:00')
    .map(Date.parse),
);
const duration = fc.oneof(
  fc.integer({ min: 1, max: 300 * HOUR }),
  fc.integer({ min: 1, max: 300 * 4 }).map((quarterHours) => quarterHours * 15 * 60_000),
);

const runs = { numRuns: 200 };

describe(addWorkingMs.name, () => {
  it('agrees with a day-by-day luxon reference', () => {
    fc.assert(
      fc.property(calendarArbitrary, instant, duration, (calendar, start, ms) => {
        expect(addWorkingMs(calendar, new Date(start), ms).getTime()).toBe(referenceAdd(calendar, start, ms));
      }),
      runs,
    );
  });

  it('adds a then b as it adds a + b', () => {
    fc.assert(
      fc.property(calendarArbitrary, instant, duration, duration, (calendar, start, a, b) => {
        const stepwise = addWorkingMs(calendar, addWorkingMs(calendar, new Date(start), a), b);
        expect(stepwise).toEqual(addWorkingMs(calendar, new Date(start), a + b));
      }),
      runs,
    );
  });

  it('puts exactly the added working time between start and deadline', () => {
    fc.assert(
      fc.property(calendarArbitrary, instant, duration, (calendar, start, ms) => {
        expect(workingMsBetween(calendar, new Date(start), addWorkingMs(calendar, new Date(start), ms))).toBe(ms);
      }),
      runs,
    );
  });

  it('never puts a deadline in closed time, except at the end of an interval', () => {
    fc.assert(
      fc.property(calendarArbitrary, instant, duration, (calendar, start, ms) => {
        const deadline = addWorkingMs(calendar, new Date(start), ms);
        expect(isOpen(calendar, deadline) || isOpen(calendar, new Date(deadline.getTime() - 1))).toBe(true);
      }),
      runs,
    );
  });

  it('comes back to the next opening when it goes back the same working time', () => {
    fc.assert(
      fc.property(calendarArbitrary, instant, duration, (calendar, start, ms) => {
        const deadline = addWorkingMs(calendar, new Date(start), ms);
        expect(addWorkingMs(calendar, deadline, -ms)).toEqual(nextOpening(calendar, new Date(start)));
      }),
      runs,
    );
  });

  it('keeps to the rules over a century with the default calendar', () => {
    const century = fc.integer({ min: Date.parse('1990-01-01T00:00:00Z'), max: Date.parse('2099-12-01T00:00:00Z') });
    fc.assert(
      fc.property(century, duration, (start, ms) => {
        const deadline = addWorkingMs(DEFAULT_CALENDAR, new Date(start), ms);
        expect(deadline.getTime()).toBe(referenceAdd(DEFAULT_CALENDAR, start, ms));
        expect(workingMsBetween(DEFAULT_CALENDAR, new Date(start), deadline)).toBe(ms);
      }),
      runs,
    );
  });
});

describe(workingMsBetween.name, () => {
  it('agrees with a day-by-day luxon reference', () => {
    fc.assert(
      fc.property(calendarArbitrary, instant, fc.integer({ min: 0, max: 500 * HOUR }), (calendar, from, span) => {
        const to = from + span;
        expect(workingMsBetween(calendar, new Date(from), new Date(to))).toBe(referenceBetween(calendar, from, to));
      }),
      runs,
    );
  });

  it('adds up over consecutive spans and changes sign when reversed', () => {
    fc.assert(
      fc.property(calendarArbitrary, instant, instant, instant, (calendar, a, b, c) => {
        const between = (x: number, y: number) => workingMsBetween(calendar, new Date(x), new Date(y));
        expect(between(a, b) + between(b, c)).toBe(between(a, c));
        expect(between(b, a) + between(a, b)).toBe(0);
      }),
      runs,
    );
  });
});

describe(nextOpening.name, () => {
  it('is the instant itself exactly when the calendar is open, and no working time lies before it', () => {
    fc.assert(
      fc.property(calendarArbitrary, instant, (calendar, at) => {
        const opening = nextOpening(calendar, new Date(at));
        expect(opening.getTime() === at).toBe(isOpen(calendar, new Date(at)));
        expect(isOpen(calendar, opening)).toBe(true);
        expect(workingMsBetween(calendar, new Date(at), opening)).toBe(0);
      }),
      runs,
    );
  });
});
