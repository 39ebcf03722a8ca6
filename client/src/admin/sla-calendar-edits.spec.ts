import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SLA_SETTINGS } from '@ingang/shared';
import {
  addClosedDay,
  addExceptionDay,
  fridayAfterAscension,
  listingOf,
  nextInterval,
  normaliseClockInput,
  usualHoursOn,
} from './sla-calendar-edits';
import { formFromSettings } from './sla-settings-form';

const defaults = () => formFromSettings(DEFAULT_SLA_SETTINGS);

describe(normaliseClockInput.name, () => {
  it.each([
    ['8', '08:00'],
    ['800', '08:00'],
    ['8:30', '08:30'],
    ['17.30', '17:30'],
    ['1730', '17:30'],
    ['24', '24:00'],
    [' 09:15 ', '09:15'],
  ])('tidies %j to %j', (typed, tidy) => {
    expect(normaliseClockInput(typed)).toBe(tidy);
  });

  it.each(['25', '24:30', '8:75', 'noon', ''])('leaves %j for validation to name', (typed) => {
    expect(normaliseClockInput(typed)).toBe(typed);
  });
});

describe(nextInterval.name, () => {
  it('offers office hours on a closed day', () => {
    expect(nextInterval([])).toEqual({ from: '08:00', to: '17:00' });
  });

  it('offers a block an hour after the last one, up to midnight', () => {
    expect(nextInterval([{ from: '08:00', to: '12:00' }])).toEqual({ from: '13:00', to: '17:00' });
    expect(nextInterval([{ from: '08:00', to: '21:30' }])).toEqual({ from: '22:30', to: '24:00' });
  });

  it('leaves the times empty when the day is full', () => {
    expect(nextInterval([{ from: '00:00', to: '24:00' }])).toEqual({ from: '', to: '' });
  });
});

describe(usualHoursOn.name, () => {
  it('is the whole day on a weekday and nothing in the weekend with whole working days', () => {
    expect(usualHoursOn(defaults(), '2026-12-24')).toEqual([{ from: '00:00', to: '24:00' }]);
    expect(usualHoursOn(defaults(), '2026-12-26')).toEqual([]);
  });

  it("is the weekday's opening hours in opening-hours mode", () => {
    const form = { ...defaults(), mode: 'opening-hours' as const };
    expect(usualHoursOn(form, '2026-12-31')).toEqual([{ from: '08:00', to: '17:00' }]);
  });
});

describe(addExceptionDay.name, () => {
  it("starts from the day's usual hours and keeps the list in date order", () => {
    const form = addExceptionDay(addExceptionDay(defaults(), '2026-12-31'), '2026-12-24');
    expect(form.exceptionDays.map(({ date }) => date)).toEqual(['2026-12-24', '2026-12-31']);
    expect(form.exceptionDays[0].hours).toEqual([{ from: '00:00', to: '24:00' }]);
  });
});

describe(addClosedDay.name, () => {
  it('keeps the list in date order', () => {
    const form = addClosedDay(addClosedDay(defaults(), '2027-05-07'), '2026-05-15');
    expect(form.closedDays).toEqual(['2026-05-15', '2027-05-07']);
  });
});

describe(listingOf.name, () => {
  it('tells where a date is listed already', () => {
    const form = addExceptionDay(addClosedDay(defaults(), '2026-05-15'), '2026-12-24');
    expect(listingOf(form, '2026-05-15')).toBe('closed');
    expect(listingOf(form, '2026-12-24')).toBe('exception');
    expect(listingOf(form, '2026-12-31')).toBeNull();
  });
});

describe(fridayAfterAscension.name, () => {
  it.each([
    [2026, '2026-05-15'],
    [2027, '2027-05-07'],
  ])('is the day after Hemelvaartsdag in %d', (year, date) => {
    expect(fridayAfterAscension(defaults(), year)).toBe(date);
  });
});
