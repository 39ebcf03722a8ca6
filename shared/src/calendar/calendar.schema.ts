import { IANAZone } from 'luxon';
import { z } from 'zod';
import { parseIsoDate } from './civil-date';
import { minutesOfDay } from './clock-time';
import {
  CALENDAR_MODES,
  DEFAULT_CALENDAR,
  DUTCH_HOLIDAYS,
  type DutchHoliday,
  type IsoWeekday,
  type OpeningInterval,
  type WorkingCalendar,
} from './working-calendar';

const openingIntervalSchema = z
  .strictObject({
    from: z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time HH:mm from 00:00 to 23:59' }),
    to: z.string().regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: 'expected a time HH:mm up to 24:00' }),
  })
  .refine(
    ({ from, to }) => {
      // Zod refines even when a time failed its pattern.
      const start = minutesOfDay(from);
      const end = minutesOfDay(to);
      return start === null || end === null || start < end;
    },
    {
      error: 'must end after it starts (a shift past midnight is two intervals: until 24:00 and from 00:00)',
      path: ['to'],
    },
  );

const intervalsSchema = (what: string) =>
  z
    .array(openingIntervalSchema, { error: `expected ${what} as a list of { from, to }, [] when closed` })
    .superRefine(rejectOverlaps);

function rejectOverlaps(intervals: OpeningInterval[], ctx: z.RefinementCtx): void {
  // Zod refines even when an interval failed: compare only the ones that parse.
  const parsed = intervals
    .flatMap((interval) => {
      const from = minutesOfDay(interval.from);
      const to = minutesOfDay(interval.to);
      return from === null || to === null ? [] : [{ interval, from, to }];
    })
    .sort((a, b) => a.from - b.from);
  for (let i = 1; i < parsed.length; i++) {
    if (parsed[i].from < parsed[i - 1].to) {
      ctx.addIssue({
        code: 'custom',
        message: `${describe(parsed[i - 1].interval)} overlaps ${describe(parsed[i].interval)}`,
      });
    }
  }
}

const isoDateSchema = z
  .string()
  .refine((text) => parseIsoDate(text) !== null, { error: 'expected a real date YYYY-MM-DD' });

const holidaysSchema = z.strictObject(
  // A holiday missing from stored JSON closes the office, so adding one to the code keeps old settings valid.
  Object.fromEntries(DUTCH_HOLIDAYS.map((holiday) => [holiday, z.boolean().default(true)])) as Record<
    DutchHoliday,
    z.ZodDefault<z.ZodBoolean>
  >,
);

export const workingCalendarSchema = z
  .strictObject({
    timeZone: z
      .string()
      .refine((zone) => IANAZone.isValidZone(zone), { error: 'expected an IANA time zone such as Europe/Amsterdam' })
      .default(DEFAULT_CALENDAR.timeZone),
    mode: z.enum(CALENDAR_MODES).default(DEFAULT_CALENDAR.mode),
    openingHours: z
      .strictObject({
        1: intervalsSchema('the hours of this weekday'),
        2: intervalsSchema('the hours of this weekday'),
        3: intervalsSchema('the hours of this weekday'),
        4: intervalsSchema('the hours of this weekday'),
        5: intervalsSchema('the hours of this weekday'),
        6: intervalsSchema('the hours of this weekday'),
        7: intervalsSchema('the hours of this weekday'),
      })
      .default(defaultOpeningHours),
    holidays: holidaysSchema.default(() => ({ ...DEFAULT_CALENDAR.holidays })),
    closedDays: z.array(isoDateSchema).default(() => []),
    exceptionDays: z
      .array(z.strictObject({ date: isoDateSchema, hours: intervalsSchema('the hours of this day') }))
      .default(() => []),
  })
  .superRefine((calendar, ctx) => {
    const seen = new Set<string>();
    calendar.closedDays.forEach((date, index) => {
      if (seen.has(date))
        ctx.addIssue({ code: 'custom', path: ['closedDays', index], message: `${date} is listed twice` });
      seen.add(date);
    });
    calendar.exceptionDays.forEach(({ date }, index) => {
      if (seen.has(date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['exceptionDays', index, 'date'],
          message: `${date} is already a closed or exception day`,
        });
      }
      seen.add(date);
    });
  });

/** Parses stored or submitted JSON into a calendar; missing fields take the defaults, errors name their path. */
export function validateCalendar(input: unknown): WorkingCalendar {
  return workingCalendarSchema.parse(input);
}

function defaultOpeningHours() {
  const copy = (weekday: IsoWeekday) => DEFAULT_CALENDAR.openingHours[weekday].map(({ from, to }) => ({ from, to }));
  return { 1: copy(1), 2: copy(2), 3: copy(3), 4: copy(4), 5: copy(5), 6: copy(6), 7: copy(7) };
}

function describe({ from, to }: OpeningInterval): string {
  return `${from}-${to}`;
}
