import { DEFAULT_CALENDAR, DEFAULT_SLA_POLICY, slaState, workingMsBetween, type SlaState } from '@ingang/shared';

/**
 * How much working time is left until a deadline (negative once it passed) and the SLA state, with the very same
 * calendar code the server uses, so the countdown and the server's state changes agree to the second.
 */
export function deadlineCountdown(deadlineAt: string, now: Date): { workingMs: number; state: SlaState } {
  const deadline = new Date(deadlineAt);
  return {
    workingMs: workingMsBetween(DEFAULT_CALENDAR, now, deadline),
    state: slaState(DEFAULT_CALENDAR, DEFAULT_SLA_POLICY, deadline, now),
  };
}
