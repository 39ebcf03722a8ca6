import { isOpen } from './is-open';
import { DEFAULT_CALENDAR, type WorkingCalendar } from './working-calendar';

const at = (iso: string) => new Date(iso);
const officeHours: WorkingCalendar = { ...DEFAULT_CALENDAR, mode: 'opening-hours' };

describe(isOpen.name, () => {
  it('runs all day on a working day and stops on the weekend', () => {
    expect(isOpen(DEFAULT_CALENDAR, at('2026-06-12T23:59:59+02:00'))).toBe(true);
    expect(isOpen(DEFAULT_CALENDAR, at('2026-06-13T00:00:00+02:00'))).toBe(false);
    expect(isOpen(DEFAULT_CALENDAR, at('2026-06-15T00:00:00+02:00'))).toBe(true);
  });

  it('stops on Koningsdag', () => {
    expect(isOpen(DEFAULT_CALENDAR, at('2026-04-27T12:00:00+02:00'))).toBe(false);
  });

  it('opens at the first minute of an interval and closes at its last', () => {
    expect(isOpen(officeHours, at('2026-06-12T07:59:59+02:00'))).toBe(false);
    expect(isOpen(officeHours, at('2026-06-12T08:00:00+02:00'))).toBe(true);
    expect(isOpen(officeHours, at('2026-06-12T16:59:59+02:00'))).toBe(true);
    expect(isOpen(officeHours, at('2026-06-12T17:00:00+02:00'))).toBe(false);
  });

  it('follows the hours of an exception day', () => {
    const christmasEve = {
      ...officeHours,
      exceptionDays: [{ date: '2026-12-24', hours: [{ from: '08:00', to: '12:00' }] }],
    };
    expect(isOpen(christmasEve, at('2026-12-24T11:00:00+01:00'))).toBe(true);
    expect(isOpen(christmasEve, at('2026-12-24T13:00:00+01:00'))).toBe(false);
  });
});
