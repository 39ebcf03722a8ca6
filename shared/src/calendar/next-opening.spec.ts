import { nextOpening } from './next-opening';
import { DEFAULT_CALENDAR, type WorkingCalendar } from './working-calendar';

const at = (iso: string) => new Date(iso);
const officeHours: WorkingCalendar = { ...DEFAULT_CALENDAR, mode: 'opening-hours' };

describe(nextOpening.name, () => {
  it('returns the instant itself when the clock runs', () => {
    const tuesday = at('2026-06-09T10:11:12.345+02:00');
    expect(nextOpening(officeHours, tuesday)).toEqual(tuesday);
  });

  it('opens on Monday morning after a Friday evening', () => {
    expect(nextOpening(officeHours, at('2026-06-12T17:00:00+02:00'))).toEqual(at('2026-06-15T08:00:00+02:00'));
  });

  it('opens later the same day before the first interval', () => {
    expect(nextOpening(officeHours, at('2026-06-12T06:00:00+02:00'))).toEqual(at('2026-06-12T08:00:00+02:00'));
  });

  it('skips the Easter weekend from Goede Vrijdag to Tweede Paasdag', () => {
    expect(nextOpening(DEFAULT_CALENDAR, at('2026-04-03T09:00:00+02:00'))).toEqual(at('2026-04-07T00:00:00+02:00'));
  });

  it('throws when the calendar never opens again', () => {
    const closed: WorkingCalendar = {
      ...officeHours,
      openingHours: { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] },
    };
    expect(() => nextOpening(closed, at('2026-06-12T06:00:00+02:00'))).toThrow(RangeError);
  });
});
