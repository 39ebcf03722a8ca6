import { describe, expect, it } from '@jest/globals';
import { comingFridayAfternoon, formatCivilDate, formatMoment, instantOfLocalInput, localInputOf } from './sla-moment';

const AMSTERDAM = 'Europe/Amsterdam';

describe(instantOfLocalInput.name, () => {
  it.each([
    ['2026-10-23T15:00', '2026-10-23T13:00:00.000Z'],
    ['2026-12-24T10:00', '2026-12-24T09:00:00.000Z'],
    // The clocks go back at 03:00: 02:30 happens twice, the first one counts.
    ['2026-10-25T02:30', '2026-10-25T00:30:00.000Z'],
    // The clocks skip 02:00-03:00: 02:30 counts in winter time, which is 03:30 summer time.
    ['2026-03-29T02:30', '2026-03-29T01:30:00.000Z'],
  ])('reads %s as Amsterdam time, %s', (value, instant) => {
    expect(instantOfLocalInput(value, AMSTERDAM)?.toISOString()).toBe(instant);
  });

  it.each(['', '2026-02-30T10:00', '2026-10-23'])('gives nothing for %j', (value) => {
    expect(instantOfLocalInput(value, AMSTERDAM)).toBeNull();
  });
});

describe(localInputOf.name, () => {
  it('shows an instant as Amsterdam wall-clock time, summer and winter', () => {
    expect(localInputOf(new Date('2026-07-01T10:00:00Z'), AMSTERDAM)).toBe('2026-07-01T12:00');
    expect(localInputOf(new Date('2026-12-31T23:30:00Z'), AMSTERDAM)).toBe('2027-01-01T00:30');
  });
});

describe(formatMoment.name, () => {
  it('shows weekday, date and time in Amsterdam', () => {
    expect(formatMoment(new Date('2026-10-26T14:00:00Z'), 'nl', AMSTERDAM)).toBe('ma 26 okt 2026 15:00');
    expect(formatMoment(new Date('2026-10-26T14:00:00Z'), 'en', AMSTERDAM)).toBe('Mon, 26 Oct 2026 15:00');
    expect(formatMoment(new Date('2026-10-26T14:00:00Z'), 'nl', AMSTERDAM, false)).toBe('ma 26 okt 15:00');
  });
});

describe(formatCivilDate.name, () => {
  it('shows a date with its weekday, whatever the time zone of the machine', () => {
    expect(formatCivilDate('2026-04-03', 'nl')).toBe('vr 3 april 2026');
    expect(formatCivilDate('2026-12-26', 'en')).toBe('Sat, 26 December 2026');
  });
});

describe(comingFridayAfternoon.name, () => {
  it('is the coming Friday at 15:00, today when it is Friday', () => {
    expect(comingFridayAfternoon(new Date('2026-07-14T08:00:00Z'), AMSTERDAM)).toBe('2026-07-17T15:00');
    expect(comingFridayAfternoon(new Date('2026-07-17T20:00:00Z'), AMSTERDAM)).toBe('2026-07-17T15:00');
  });

  it('counts the day in Amsterdam: late Friday evening UTC is already Saturday there', () => {
    expect(comingFridayAfternoon(new Date('2026-07-17T22:30:00Z'), AMSTERDAM)).toBe('2026-07-24T15:00');
  });
});
