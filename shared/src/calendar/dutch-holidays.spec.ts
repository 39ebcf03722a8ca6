import Holidays from 'date-holidays';
import { dutchHolidays } from './dutch-holidays';
import type { DutchHoliday } from './working-calendar';

// date-holidays is the oracle, through an allow-list by rule: its defaults add observances (Prinsjesdag,
// Dodenherdenking, Sinterklaas) and Oudejaarsdag, and type Goede Vrijdag and Bevrijdingsdag as `school`.
function oracleName(rule: string): DutchHoliday | null {
  if (rule === '01-01') return 'newYearsDay';
  if (rule === 'easter -2') return 'goodFriday';
  if (rule === 'easter') return 'easterSunday';
  if (rule === 'easter 1') return 'easterMonday';
  if (/^04-(27|30) if sunday then previous saturday/.test(rule)) return 'kingsDay';
  if (rule === '05-05') return 'liberationDay';
  if (rule === 'easter 39') return 'ascensionDay';
  if (rule === 'easter 49') return 'whitSunday';
  if (rule === 'easter 50') return 'whitMonday';
  if (rule === '12-25') return 'christmasDay';
  if (rule === '12-26') return 'boxingDay';
  return null;
}

const netherlands = new Holidays('NL');

function oracle(year: number): { date: string; name: DutchHoliday }[] {
  return netherlands
    .getHolidays(year)
    .map((holiday) => ({ date: holiday.date.slice(0, 10), name: oracleName(holiday.rule) }))
    .filter((holiday): holiday is { date: string; name: DutchHoliday } => holiday.name !== null);
}

const datesAndNames = (year: number) => dutchHolidays(year).map(({ date, name }) => ({ date, name }));
const byDateThenName = (a: { date: string; name: string }, b: { date: string; name: string }) =>
  a.date.localeCompare(b.date) || a.name.localeCompare(b.name);

describe(dutchHolidays.name, () => {
  it('lists the eleven days of 2026, and nothing else', () => {
    expect(datesAndNames(2026)).toEqual([
      { date: '2026-01-01', name: 'newYearsDay' },
      { date: '2026-04-03', name: 'goodFriday' },
      { date: '2026-04-05', name: 'easterSunday' },
      { date: '2026-04-06', name: 'easterMonday' },
      { date: '2026-04-27', name: 'kingsDay' },
      { date: '2026-05-05', name: 'liberationDay' },
      { date: '2026-05-14', name: 'ascensionDay' },
      { date: '2026-05-24', name: 'whitSunday' },
      { date: '2026-05-25', name: 'whitMonday' },
      { date: '2026-12-25', name: 'christmasDay' },
      { date: '2026-12-26', name: 'boxingDay' },
    ]);
  });

  it('moves Koningsdag to Saturday 26 April when 27 April is a Sunday', () => {
    expect(dutchHolidays(2025).find(({ name }) => name === 'kingsDay')?.date).toBe('2025-04-26');
    expect(dutchHolidays(2031).find(({ name }) => name === 'kingsDay')?.date).toBe('2031-04-26');
  });

  it('keeps Bevrijdingsdag every year, not only every fifth', () => {
    for (const year of [2024, 2026, 2027, 2029]) {
      expect(dutchHolidays(year).some(({ date, name }) => name === 'liberationDay' && date === `${year}-05-05`)).toBe(
        true,
      );
    }
  });

  it('lists both holidays when Hemelvaartsdag falls on 5 May', () => {
    expect(
      dutchHolidays(2016)
        .filter(({ date }) => date === '2016-05-05')
        .map(({ name }) => name),
    ).toEqual(['liberationDay', 'ascensionDay']);
  });

  it('agrees with date-holidays from 1980 to 2300', () => {
    for (let year = 1980; year <= 2300; year++) {
      expect([...datesAndNames(year)].sort(byDateThenName)).toEqual(oracle(year).sort(byDateThenName));
    }
  });

  it('ignores the observances date-holidays lists by default', () => {
    const days = dutchHolidays(2026).map(({ date }) => date);
    // Dodenherdenking, Prinsjesdag, Sinterklaasavond, Oudejaarsdag.
    for (const observance of ['2026-05-04', '2026-09-15', '2026-12-05', '2026-12-31']) {
      expect(days).not.toContain(observance);
    }
  });
});
