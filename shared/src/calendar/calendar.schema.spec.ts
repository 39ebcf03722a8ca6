import { validateCalendar, workingCalendarSchema } from './calendar.schema';
import { DEFAULT_CALENDAR } from './working-calendar';

const messages = (input: unknown) => {
  const result = workingCalendarSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};
const week = (hours: { from: string; to: string }[]) => ({ 1: hours, 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] });

describe(validateCalendar.name, () => {
  describe('ok', () => {
    it('fills in the defaults for what is missing', () => {
      expect(validateCalendar({})).toEqual(DEFAULT_CALENDAR);
      expect(validateCalendar({ holidays: { goodFriday: false } }).holidays).toEqual({
        ...DEFAULT_CALENDAR.holidays,
        goodFriday: false,
      });
    });

    it('survives a round trip through JSON', () => {
      expect(validateCalendar(JSON.parse(JSON.stringify(DEFAULT_CALENDAR)))).toEqual(DEFAULT_CALENDAR);
    });

    it('accepts split shifts, evening hours up to 24:00 and exception days', () => {
      const calendar = {
        mode: 'opening-hours',
        openingHours: week([
          { from: '18:00', to: '24:00' },
          { from: '08:30', to: '12:30' },
          { from: '12:30', to: '17:00' },
        ]),
        closedDays: ['2026-05-15'],
        exceptionDays: [{ date: '2026-12-24', hours: [{ from: '08:00', to: '12:00' }] }],
      };
      expect(messages(calendar)).toEqual([]);
    });
  });

  describe('not ok', () => {
    it.each([
      ['a time without a leading zero', { openingHours: week([{ from: '8:00', to: '17:00' }]) }, /HH:mm/],
      ['a time past 24:00', { openingHours: week([{ from: '08:00', to: '24:30' }]) }, /up to 24:00/],
      ['an interval that ends before it starts', { openingHours: week([{ from: '22:00', to: '02:00' }]) }, /two/],
      [
        'overlapping intervals',
        {
          openingHours: week([
            { from: '09:00', to: '12:00' },
            { from: '11:00', to: '13:00' },
          ]),
        },
        /^openingHours\.1: 09:00-12:00 overlaps 11:00-13:00$/,
      ],
      [
        'a missing weekday',
        { openingHours: { ...week([]), 7: undefined } },
        /^openingHours\.7: expected the hours of this weekday/,
      ],
      ['an unknown time zone', { timeZone: 'Europe/Amsterdm' }, /^timeZone: expected an IANA time zone/],
      ['a misspelt holiday', { holidays: { goodfriday: false } }, /goodfriday/],
      ['a date that does not exist', { closedDays: ['2026-02-30'] }, /^closedDays\.0: expected a real date/],
      [
        'a date listed twice',
        { closedDays: ['2026-05-15', '2026-05-15'] },
        /^closedDays\.1: 2026-05-15 is listed twice/,
      ],
      [
        'a closed day that is also an exception day',
        { closedDays: ['2026-12-24'], exceptionDays: [{ date: '2026-12-24', hours: [] }] },
        /^exceptionDays\.0\.date: 2026-12-24 is already/,
      ],
      ['an unknown mode', { mode: 'office-hours' }, /^mode: /],
      ['an unknown field', { workingDays: [1, 2, 3] }, /workingDays/],
    ])('rejects %s with a message that names it', (_, input, message) => {
      expect(messages(input)).toEqual([expect.stringMatching(message)]);
    });

    it('throws on invalid input', () => {
      expect(() => validateCalendar({ mode: 'never' })).toThrow();
      expect(() => validateCalendar(null)).toThrow();
    });
  });
});
