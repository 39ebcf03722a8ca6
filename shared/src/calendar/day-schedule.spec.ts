import { IANAZone } from 'luxon';
import { epochDayOf, HOUR_MS } from './civil-date';
import { daySchedule } from './day-schedule';

const amsterdam = IANAZone.create('Europe/Amsterdam');
const spring = epochDayOf({ year: 2026, month: 3, day: 29 });
const autumn = epochDayOf({ year: 2026, month: 10, day: 25 });
const WHOLE_DAY = [0, 1440];

describe(daySchedule.name, () => {
  it('makes the spring change day 23 hours and the autumn one 25', () => {
    expect(daySchedule(amsterdam, spring, WHOLE_DAY).openMs).toBe(23 * HOUR_MS);
    expect(daySchedule(amsterdam, autumn, WHOLE_DAY).openMs).toBe(25 * HOUR_MS);
    expect(daySchedule(amsterdam, spring + 1, WHOLE_DAY).openMs).toBe(24 * HOUR_MS);
  });

  it('keeps office hours as long as on any other day when the clocks change', () => {
    expect(daySchedule(amsterdam, spring, [8 * 60, 17 * 60]).openMs).toBe(9 * HOUR_MS);
    expect(daySchedule(amsterdam, autumn, [8 * 60, 17 * 60]).openMs).toBe(9 * HOUR_MS);
  });

  it('drops hours that fall in the skipped hour and stretches those in the doubled one', () => {
    const night = [60, 90, 120, 180];
    expect(daySchedule(amsterdam, spring, night).open).toEqual([
      Date.parse('2026-03-29T00:00:00Z'),
      Date.parse('2026-03-29T00:30:00Z'),
    ]);
    expect(daySchedule(amsterdam, autumn, [120, 180]).openMs).toBe(2 * HOUR_MS);
  });

  it('joins intervals that touch', () => {
    const schedule = daySchedule(amsterdam, spring + 1, [480, 720, 720, 1020]);
    expect(schedule.open).toEqual([Date.parse('2026-03-30T06:00:00Z'), Date.parse('2026-03-30T15:00:00Z')]);
    expect(schedule.openMs).toBe(9 * HOUR_MS);
  });
});
