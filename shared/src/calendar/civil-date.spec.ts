import { civilDateOf, epochDayOf, formatIsoDate, isoWeekdayOf, parseIsoDate } from './civil-date';

describe(parseIsoDate.name, () => {
  it('turns a date into its day number and back', () => {
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(parseIsoDate('2026-12-24')).toBe(epochDayOf({ year: 2026, month: 12, day: 24 }));
    expect(formatIsoDate(parseIsoDate('2028-02-29') ?? 0)).toBe('2028-02-29');
    expect(civilDateOf(-1)).toEqual({ year: 1969, month: 12, day: 31 });
  });

  it('rejects dates that do not exist or are not written YYYY-MM-DD', () => {
    for (const text of ['2026-02-29', '2026-13-01', '2026-04-31', '2026-4-1', '24-12-2026', '2026-12-24T00:00']) {
      expect(parseIsoDate(text)).toBeNull();
    }
  });
});

describe(isoWeekdayOf.name, () => {
  it('counts Monday as 1 and Sunday as 7, also before 1970', () => {
    expect(isoWeekdayOf(0)).toBe(4);
    expect(isoWeekdayOf(epochDayOf({ year: 2026, month: 10, day: 26 }))).toBe(1);
    expect(isoWeekdayOf(epochDayOf({ year: 2026, month: 10, day: 25 }))).toBe(7);
    expect(isoWeekdayOf(-4)).toBe(7);
  });
});
