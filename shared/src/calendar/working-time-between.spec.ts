import { workingHoursBetween, workingMsBetween } from './working-time-between';
import { DEFAULT_CALENDAR, type WorkingCalendar } from './working-calendar';

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;
const wholeDay = [{ from: '00:00', to: '24:00' }];
const allWeek: WorkingCalendar = {
  ...DEFAULT_CALENDAR,
  mode: 'opening-hours',
  openingHours: { 1: wholeDay, 2: wholeDay, 3: wholeDay, 4: wholeDay, 5: wholeDay, 6: wholeDay, 7: wholeDay },
};

describe(workingMsBetween.name, () => {
  it('counts the 24 working hours of the product examples', () => {
    expect(workingMsBetween(DEFAULT_CALENDAR, at('2026-12-24T10:00:00+01:00'), at('2026-12-28T10:00:00+01:00'))).toBe(
      24 * HOUR,
    );
    expect(workingMsBetween(DEFAULT_CALENDAR, at('2026-10-23T15:00:00+02:00'), at('2026-10-26T15:00:00+01:00'))).toBe(
      24 * HOUR,
    );
  });

  it('is negative when the second instant comes first: time overdue', () => {
    expect(workingMsBetween(DEFAULT_CALENDAR, at('2026-06-15T15:00:00+02:00'), at('2026-06-12T15:00:00+02:00'))).toBe(
      -24 * HOUR,
    );
  });

  it('counts nothing over a weekend or a holiday', () => {
    expect(workingMsBetween(DEFAULT_CALENDAR, at('2026-06-13T00:00:00+02:00'), at('2026-06-15T00:00:00+02:00'))).toBe(
      0,
    );
    expect(workingMsBetween(DEFAULT_CALENDAR, at('2026-04-27T08:00:00+02:00'), at('2026-04-27T09:00:00+02:00'))).toBe(
      0,
    );
  });

  it('counts only the part of a split shift that lies between the instants', () => {
    const calendar: WorkingCalendar = {
      ...DEFAULT_CALENDAR,
      mode: 'opening-hours',
      openingHours: {
        ...DEFAULT_CALENDAR.openingHours,
        1: [
          { from: '08:00', to: '12:00' },
          { from: '13:00', to: '17:00' },
        ],
      },
    };
    expect(workingMsBetween(calendar, at('2026-06-08T11:30:00+02:00'), at('2026-06-08T13:15:00+02:00'))).toBe(
      0.75 * HOUR,
    );
  });

  it('counts the real length of the days the clocks change', () => {
    expect(workingMsBetween(allWeek, at('2026-03-29T00:00:00+01:00'), at('2026-03-30T00:00:00+02:00'))).toBe(23 * HOUR);
    expect(workingMsBetween(allWeek, at('2026-10-25T00:00:00+02:00'), at('2026-10-26T00:00:00+01:00'))).toBe(25 * HOUR);
  });

  it('counts a year of working days', () => {
    expect(workingMsBetween(DEFAULT_CALENDAR, at('2026-01-01T00:00:00+01:00'), at('2027-01-01T00:00:00+01:00'))).toBe(
      253 * 24 * HOUR,
    );
  });

  it('rejects an invalid date', () => {
    expect(() => workingMsBetween(DEFAULT_CALENDAR, new Date(Number.NaN), new Date())).toThrow(RangeError);
  });
});

describe(workingHoursBetween.name, () => {
  it('gives the working time in hours', () => {
    expect(
      workingHoursBetween(DEFAULT_CALENDAR, at('2026-06-12T15:00:00+02:00'), at('2026-06-15T03:30:00+02:00')),
    ).toBe(12.5);
  });
});
