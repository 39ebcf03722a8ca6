import { formatWorkingDuration } from './format-working-duration';

describe(formatWorkingDuration.name, () => {
  it('splits into hours, minutes and seconds without wrapping at a day', () => {
    expect(formatWorkingDuration((30 * 3600 + 12 * 60 + 5) * 1000 + 999)).toEqual({
      hours: 30,
      minutes: 12,
      seconds: 5,
      negative: false,
    });
  });

  it('tells an overdue duration by its size and a flag', () => {
    expect(formatWorkingDuration(-(3 * 3600 + 60) * 1000)).toEqual({
      hours: 3,
      minutes: 1,
      seconds: 0,
      negative: true,
    });
  });

  it('rejects what is not a duration', () => {
    expect(() => formatWorkingDuration(Number.NaN)).toThrow(RangeError);
  });
});
