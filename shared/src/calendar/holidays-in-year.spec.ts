import { holidaysInYear } from './holidays-in-year';
import { DEFAULT_CALENDAR } from './working-calendar';

describe(holidaysInYear.name, () => {
  it('shows every statutory holiday of the year with whether it closes the office', () => {
    const calendar = {
      ...DEFAULT_CALENDAR,
      holidays: { ...DEFAULT_CALENDAR.holidays, goodFriday: false, liberationDay: false },
    };
    const holidays = holidaysInYear(calendar, 2026);
    expect(holidays).toHaveLength(11);
    expect(holidays.filter(({ closed }) => !closed).map(({ date, name }) => `${date} ${name}`)).toEqual([
      '2026-04-03 goodFriday',
      '2026-05-05 liberationDay',
    ]);
  });

  it('rejects a year that is not a whole number', () => {
    expect(() => holidaysInYear(DEFAULT_CALENDAR, 2026.5)).toThrow(RangeError);
  });
});
