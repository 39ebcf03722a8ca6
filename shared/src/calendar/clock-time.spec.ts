import { minutesOfDay } from './clock-time';

describe(minutesOfDay.name, () => {
  it('reads HH:mm from 00:00 up to and including 24:00', () => {
    expect(minutesOfDay('00:00')).toBe(0);
    expect(minutesOfDay('08:30')).toBe(510);
    expect(minutesOfDay('23:59')).toBe(1439);
    expect(minutesOfDay('24:00')).toBe(1440);
  });

  it('rejects anything else', () => {
    for (const text of ['8:30', '24:01', '12:60', '12.30', '1230', '']) expect(minutesOfDay(text)).toBeNull();
  });
});
