import { describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { DEFAULT_CALENDAR, type WorkingCalendar } from '@ingang/shared';
import { deadlineCountdown, deadlineCountdownText } from './deadline-countdown';

// Deadline Monday 26 Oct 2026 15:00 CET (a question from Friday 15:00 CEST), at risk from 11:00.
const moments = { deadlineAt: '2026-10-26T14:00:00.000Z', atRiskAt: '2026-10-26T10:00:00.000Z' };
const HOUR = 3_600_000;

describe(deadlineCountdown.name, () => {
  it('counts working time only: on Sunday the whole of Monday until 15:00 is left', () => {
    expect(deadlineCountdown(DEFAULT_CALENDAR, moments, new Date('2026-10-25T12:00:00Z'))).toEqual({
      workingMs: 15 * HOUR,
      state: 'on-track',
    });
  });

  it('is at risk from the server’s at-risk moment and overdue after the deadline', () => {
    expect(deadlineCountdown(DEFAULT_CALENDAR, moments, new Date('2026-10-26T12:00:00Z'))).toEqual({
      workingMs: 2 * HOUR,
      state: 'at-risk',
    });
    expect(deadlineCountdown(DEFAULT_CALENDAR, moments, new Date('2026-10-26T15:30:00Z'))).toEqual({
      workingMs: -1.5 * HOUR,
      state: 'breached',
    });
  });

  it('counts with the administrator’s calendar: opening hours leave 1 hour on Friday and 7 on Monday', () => {
    const officeHours: WorkingCalendar = { ...DEFAULT_CALENDAR, mode: 'opening-hours' };
    expect(deadlineCountdown(officeHours, moments, new Date('2026-10-23T14:00:00Z')).workingMs).toBe(8 * HOUR);
  });

  it('takes the state from the server’s moments, whatever the policy: at risk with 6 hours left', () => {
    const earlyWarning = { ...moments, atRiskAt: '2026-10-26T07:00:00.000Z' };
    expect(deadlineCountdown(DEFAULT_CALENDAR, earlyWarning, new Date('2026-10-26T08:00:00Z'))).toEqual({
      workingMs: 6 * HOUR,
      state: 'at-risk',
    });
  });
});

describe(deadlineCountdownText.name, () => {
  const t = ((key: string, values: Record<string, unknown> = {}) => {
    const words: Record<string, string> = {
      'duration.hoursMinutes': `${values.hours} u ${values.minutes} m`,
      'duration.minutes': `${values.minutes} m`,
      'duration.lessThanAMinute': '< 1 m',
      'inbox.deadline.left': `nog ${values.duration}`,
      'inbox.deadline.overdue': `${values.duration} te laat`,
    };
    return words[key] ?? key;
  }) as unknown as TFunction;

  it('says how long is left in working hours, never in days', () => {
    expect(deadlineCountdownText({ workingMs: (30 * 60 + 5) * 60_000 + 59_000, state: 'on-track' }, t)).toBe(
      'nog 30 u 5 m',
    );
    expect(deadlineCountdownText({ workingMs: 12 * 60_000, state: 'at-risk' }, t)).toBe('nog 12 m');
    expect(deadlineCountdownText({ workingMs: 30_000, state: 'at-risk' }, t)).toBe('nog < 1 m');
  });

  it('says by how much the deadline was missed', () => {
    expect(deadlineCountdownText({ workingMs: -2 * HOUR, state: 'breached' }, t)).toBe('2 u 0 m te laat');
  });
});
