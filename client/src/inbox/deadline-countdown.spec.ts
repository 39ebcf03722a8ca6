import { describe, expect, it } from '@jest/globals';
import { deadlineCountdown } from './deadline-countdown';

// Deadline Monday 26 Oct 2026 15:00 CET (a question from Friday 15:00 CEST).
const deadline = '2026-10-26T14:00:00.000Z';

describe(deadlineCountdown.name, () => {
  it('counts working time only: on Sunday the whole of Monday until 15:00 is left', () => {
    expect(deadlineCountdown(deadline, new Date('2026-10-25T12:00:00Z'))).toEqual({
      workingMs: 15 * 3_600_000,
      state: 'on-track',
    });
  });

  it('is at risk in the last 4 working hours and overdue after', () => {
    expect(deadlineCountdown(deadline, new Date('2026-10-26T12:00:00Z'))).toEqual({
      workingMs: 2 * 3_600_000,
      state: 'at-risk',
    });
    expect(deadlineCountdown(deadline, new Date('2026-10-26T15:30:00Z'))).toEqual({
      workingMs: -1.5 * 3_600_000,
      state: 'breached',
    });
  });
});
