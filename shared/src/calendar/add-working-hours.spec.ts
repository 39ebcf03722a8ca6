import { addWorkingHours, addWorkingMs } from './add-working-hours';
import { DEFAULT_CALENDAR, type WorkingCalendar } from './working-calendar';

// Instants are written with their Amsterdam offset, so the tests read the same under any TZ.
const at = (iso: string) => new Date(iso);
const splitShifts: WorkingCalendar = {
  ...DEFAULT_CALENDAR,
  mode: 'opening-hours',
  openingHours: {
    1: [
      { from: '08:30', to: '12:30' },
      { from: '13:30', to: '17:00' },
    ],
    2: [{ from: '08:30', to: '17:00' }],
    3: [{ from: '08:30', to: '17:00' }],
    4: [
      { from: '08:30', to: '12:30' },
      { from: '18:00', to: '21:00' },
    ],
    5: [{ from: '08:30', to: '12:30' }],
    6: [],
    7: [],
  },
};

describe(addWorkingHours.name, () => {
  it('moves a Friday 15:00 question to Monday 15:00', () => {
    expect(addWorkingHours(DEFAULT_CALENDAR, at('2026-06-12T15:00:00+02:00'), 24)).toEqual(
      at('2026-06-15T15:00:00+02:00'),
    );
  });

  it('skips Christmas and the weekend: 14 hours on 24 December, 10 on Monday', () => {
    expect(addWorkingHours(DEFAULT_CALENDAR, at('2026-12-24T10:00:00+01:00'), 24)).toEqual(
      at('2026-12-28T10:00:00+01:00'),
    );
  });

  it('keeps to the wall clock across the autumn change, where a UTC shortcut is an hour off', () => {
    const deadline = addWorkingHours(DEFAULT_CALENDAR, at('2026-10-23T15:00:00+02:00'), 24);
    expect(deadline).toEqual(at('2026-10-26T15:00:00+01:00'));
    expect(deadline).not.toEqual(at('2026-10-26T14:00:00+01:00'));
  });

  it('keeps to the wall clock across the spring change', () => {
    expect(addWorkingHours(DEFAULT_CALENDAR, at('2026-03-27T15:00:00+01:00'), 24)).toEqual(
      at('2026-03-30T15:00:00+02:00'),
    );
  });

  it('starts counting at the next opening when the question comes in on a closed day', () => {
    expect(addWorkingHours(DEFAULT_CALENDAR, at('2026-06-13T10:00:00+02:00'), 1)).toEqual(
      at('2026-06-15T01:00:00+02:00'),
    );
  });

  it('ends at the close of a day rather than at the next opening when the hours run out exactly', () => {
    expect(addWorkingHours(DEFAULT_CALENDAR, at('2026-06-12T00:00:00+02:00'), 24)).toEqual(
      at('2026-06-13T00:00:00+02:00'),
    );
    expect(addWorkingHours(splitShifts, at('2026-06-09T08:30:00+02:00'), 8.5)).toEqual(at('2026-06-09T17:00:00+02:00'));
  });

  it('counts only opening hours, over split shifts and evening hours', () => {
    // Monday 16:00: 1 h left, Tuesday 8.5 h, Wednesday 8.5 h, Thursday 4 h + 2 h of the evening.
    expect(addWorkingHours(splitShifts, at('2026-06-08T16:00:00+02:00'), 24)).toEqual(at('2026-06-11T20:00:00+02:00'));
    expect(addWorkingHours(splitShifts, at('2026-06-08T12:00:00+02:00'), 1)).toEqual(at('2026-06-08T14:00:00+02:00'));
  });

  it('closes early on an exception day, also in working-days mode', () => {
    const christmasEve: WorkingCalendar = {
      ...DEFAULT_CALENDAR,
      exceptionDays: [{ date: '2026-12-24', hours: [{ from: '00:00', to: '12:00' }] }],
    };
    expect(addWorkingHours(christmasEve, at('2026-12-24T10:00:00+01:00'), 24)).toEqual(at('2026-12-28T22:00:00+01:00'));
  });

  it('skips Goede Vrijdag unless the calendar keeps the office open on it', () => {
    const thursday = at('2026-04-02T12:00:00+02:00');
    // Goede Vrijdag 3 April and Tweede Paasdag 6 April 2026 are both closed.
    expect(addWorkingHours(DEFAULT_CALENDAR, thursday, 24)).toEqual(at('2026-04-07T12:00:00+02:00'));
    const openOnGoodFriday = { ...DEFAULT_CALENDAR, holidays: { ...DEFAULT_CALENDAR.holidays, goodFriday: false } };
    expect(addWorkingHours(openOnGoodFriday, thursday, 24)).toEqual(at('2026-04-03T12:00:00+02:00'));
  });

  it("skips the municipality's own closing days", () => {
    const bridgeDay = { ...DEFAULT_CALENDAR, closedDays: ['2026-05-15'] };
    // Hemelvaartsdag is Thursday 14 May 2026; the Friday after it is the bridge day.
    expect(addWorkingHours(bridgeDay, at('2026-05-13T12:00:00+02:00'), 24)).toEqual(at('2026-05-18T12:00:00+02:00'));
  });

  it('adds a whole year of working days: 253 in 2026', () => {
    expect(addWorkingHours(DEFAULT_CALENDAR, at('2026-01-01T00:00:00+01:00'), 253 * 24)).toEqual(
      at('2027-01-01T00:00:00+01:00'),
    );
  });

  it('goes back in time for a negative duration, ending on an opening', () => {
    expect(addWorkingHours(DEFAULT_CALENDAR, at('2026-06-15T15:00:00+02:00'), -24)).toEqual(
      at('2026-06-12T15:00:00+02:00'),
    );
    expect(addWorkingHours(splitShifts, at('2026-06-09T09:30:00+02:00'), -1.5)).toEqual(
      at('2026-06-08T16:30:00+02:00'),
    );
    expect(addWorkingHours(splitShifts, at('2026-06-09T08:30:00+02:00'), -3.5)).toEqual(
      at('2026-06-08T13:30:00+02:00'),
    );
  });

  it('returns the start itself for no time at all, even when closed', () => {
    const saturday = at('2026-06-13T10:00:00+02:00');
    expect(addWorkingMs(DEFAULT_CALENDAR, saturday, 0)).toEqual(saturday);
  });

  it('rounds hours to whole milliseconds', () => {
    expect(addWorkingHours(DEFAULT_CALENDAR, at('2026-06-15T00:00:00+02:00'), 1 / 3)).toEqual(
      at('2026-06-15T00:20:00+02:00'),
    );
  });

  it('rejects an invalid start or duration', () => {
    expect(() => addWorkingHours(DEFAULT_CALENDAR, new Date(Number.NaN), 24)).toThrow(RangeError);
    expect(() => addWorkingMs(DEFAULT_CALENDAR, new Date(), Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => addWorkingHours(DEFAULT_CALENDAR, new Date(), 24 * 366 * 101)).toThrow(RangeError);
  });

  it("never reads the machine's own time zone", () => {
    const localMethods = [
      'getFullYear',
      'getMonth',
      'getDate',
      'getDay',
      'getHours',
      'getMinutes',
      'getTimezoneOffset',
      'setFullYear',
      'setHours',
      'toString',
      'toLocaleString',
    ] as const;
    const originals = localMethods.map((method) => [method, Date.prototype[method]] as const);
    for (const method of localMethods) {
      Object.defineProperty(Date.prototype, method, {
        configurable: true,
        value: () => {
          throw new Error(`Date.prototype.${method} depends on the machine's time zone`);
        },
      });
    }
    try {
      // A calendar not seen before: nothing cached, so every day is built while the local methods throw.
      const calendar: WorkingCalendar = { ...splitShifts, closedDays: ['2041-04-01'] };
      // Friday 3.5 h, Monday and Tuesday 7.5 h and 8.5 h, Wednesday the last 4.5 h: in CET after the change.
      expect(addWorkingHours(calendar, at('2026-10-23T09:00:00+02:00'), 24)).toEqual(at('2026-10-28T13:00:00+01:00'));
    } finally {
      for (const [method, original] of originals) {
        Object.defineProperty(Date.prototype, method, { configurable: true, writable: true, value: original });
      }
    }
  });

  it('throws rather than walks forever when the calendar never opens again', () => {
    const onlyOneDay: WorkingCalendar = {
      ...splitShifts,
      openingHours: { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] },
      exceptionDays: [{ date: '2026-06-10', hours: [{ from: '09:00', to: '10:00' }] }],
    };
    expect(addWorkingHours(onlyOneDay, at('2026-06-01T00:00:00+02:00'), 1)).toEqual(at('2026-06-10T10:00:00+02:00'));
    expect(() => addWorkingHours(onlyOneDay, at('2026-06-01T00:00:00+02:00'), 2)).toThrow(RangeError);
    expect(() => addWorkingHours(onlyOneDay, at('2026-07-01T00:00:00+02:00'), -2)).toThrow(RangeError);
  });
});
