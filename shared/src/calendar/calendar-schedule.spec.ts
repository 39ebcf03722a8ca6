import { CalendarSchedule, scheduleOf } from './calendar-schedule';
import { epochDayOf, formatIsoDate, HOUR_MS } from './civil-date';
import { DEFAULT_CALENDAR, type WorkingCalendar } from './working-calendar';

const dayOf = (iso: string) => epochDayOf({ year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8, 10) });

describe(CalendarSchedule.name, () => {
  const calendar: WorkingCalendar = {
    ...DEFAULT_CALENDAR,
    closedDays: ['2026-05-15'],
    exceptionDays: [
      { date: '2026-05-05', hours: [{ from: '09:00', to: '12:00' }] },
      { date: '2026-06-13', hours: [{ from: '10:00', to: '14:00' }] },
      { date: '2026-12-31', hours: [] },
    ],
  };
  const sut = scheduleOf(calendar);
  const openHours = (iso: string) => sut.day(dayOf(iso)).openMs / HOUR_MS;

  it('opens a working day for all of its hours and closes the weekend', () => {
    expect(openHours('2026-06-12')).toBe(24);
    expect(openHours('2026-06-14')).toBe(0);
  });

  it('closes on a statutory holiday and on an extra closing day', () => {
    expect(openHours('2026-05-14')).toBe(0);
    expect(openHours('2026-05-15')).toBe(0);
  });

  it('lets an exception day win over a holiday, a weekend and a working day', () => {
    expect(openHours('2026-05-05')).toBe(3);
    expect(openHours('2026-06-13')).toBe(4);
    expect(openHours('2026-12-31')).toBe(0);
  });

  it('finds the Amsterdam day of an instant, not the UTC one', () => {
    expect(formatIsoDate(sut.dayContaining(Date.parse('2026-06-12T22:30:00Z')).epochDay)).toBe('2026-06-13');
    expect(formatIsoDate(sut.dayContaining(Date.parse('2026-06-12T21:59:59.999Z')).epochDay)).toBe('2026-06-12');
  });

  it('builds a calendar once and rejects one that is not valid', () => {
    expect(scheduleOf(calendar)).toBe(sut);
    const broken = { ...DEFAULT_CALENDAR, timeZone: 'Europe/Amsterdm' };
    expect(() => scheduleOf(broken)).toThrow(/IANA time zone/);
  });
});
