import { IANAZone } from 'luxon';
import { epochDayOf } from './civil-date';
import { wallClockToInstant } from './wall-clock-to-instant';

const amsterdam = IANAZone.create('Europe/Amsterdam');
const day = (iso: string) => epochDayOf({ year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8, 10) });
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const instant = (zone: IANAZone, date: string, time: string) =>
  new Date(wallClockToInstant(zone, day(date), minutes(time)));

describe(wallClockToInstant.name, () => {
  it('reads a wall time in the offset of its day', () => {
    expect(instant(amsterdam, '2026-01-15', '08:00')).toEqual(new Date('2026-01-15T07:00:00Z'));
    expect(instant(amsterdam, '2026-07-15', '08:00')).toEqual(new Date('2026-07-15T06:00:00Z'));
    expect(instant(amsterdam, '2026-07-15', '24:00')).toEqual(new Date('2026-07-15T22:00:00Z'));
  });

  it('maps the hour the clocks skip in spring to the moment they jump', () => {
    expect(instant(amsterdam, '2026-03-29', '01:59')).toEqual(new Date('2026-03-29T00:59:00Z'));
    expect(instant(amsterdam, '2026-03-29', '02:00')).toEqual(new Date('2026-03-29T01:00:00Z'));
    expect(instant(amsterdam, '2026-03-29', '02:30')).toEqual(new Date('2026-03-29T01:00:00Z'));
    expect(instant(amsterdam, '2026-03-29', '03:00')).toEqual(new Date('2026-03-29T01:00:00Z'));
  });

  it('maps the hour that happens twice in autumn to its first occurrence', () => {
    expect(instant(amsterdam, '2026-10-25', '02:30')).toEqual(new Date('2026-10-25T00:30:00Z'));
    expect(instant(amsterdam, '2026-10-25', '03:00')).toEqual(new Date('2026-10-25T02:00:00Z'));
  });

  it('handles a zone whose clocks skip midnight', () => {
    // Santiago de Chile went from 00:00 -04 straight to 01:00 -03 on 8 September 2024.
    const santiago = IANAZone.create('America/Santiago');
    expect(instant(santiago, '2024-09-08', '00:00')).toEqual(new Date('2024-09-08T04:00:00Z'));
    expect(instant(santiago, '2024-09-08', '01:00')).toEqual(new Date('2024-09-08T04:00:00Z'));
    expect(instant(santiago, '2024-04-07', '00:00')).toEqual(new Date('2024-04-07T04:00:00Z'));
  });
});
