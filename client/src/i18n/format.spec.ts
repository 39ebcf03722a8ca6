import { describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { amsterdamDay, formatDuration, formatTime } from './format';

// Echoes the key and its values, so the arithmetic can be checked without the translations.
const t = ((key: string, values: Record<string, number>) =>
  `${key}:${JSON.stringify(values ?? {})}`) as unknown as TFunction;

describe(formatDuration.name, () => {
  it.each([
    [(3 * 60 + 12) * 60_000, 'duration.hoursMinutes:{"hours":3,"minutes":12}'],
    [(2 * 24 * 60 + 4 * 60 + 59) * 60_000, 'duration.daysHours:{"days":2,"hours":4}'],
    [59 * 60_000 + 59_000, 'duration.minutes:{"minutes":59}'],
    [30_000, 'duration.lessThanAMinute:{}'],
    [-5_000, 'duration.lessThanAMinute:{}'],
  ])('formats %d ms as %s', (milliseconds, expected) => {
    expect(formatDuration(milliseconds, t)).toBe(expected);
  });
});

describe(formatTime.name, () => {
  it('shows Amsterdam time in winter and in summer', () => {
    expect(formatTime('2026-01-15T12:00:00Z', 'nl')).toBe('13:00');
    expect(formatTime('2026-07-15T12:00:00Z', 'nl')).toBe('14:00');
  });
});

describe(amsterdamDay.name, () => {
  it('puts a message sent late in the UTC evening on the next Amsterdam day', () => {
    expect(amsterdamDay('2026-07-15T22:30:00Z')).not.toBe(amsterdamDay('2026-07-15T21:30:00Z'));
  });
});
