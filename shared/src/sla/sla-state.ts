import { addWorkingHours } from '../calendar/add-working-hours';
import { workingMsBetween } from '../calendar/working-time-between';
import type { WorkingCalendar } from '../calendar/working-calendar';

export const SLA_STATES = ['none', 'on-track', 'at-risk', 'breached'] as const;
export type SlaState = (typeof SLA_STATES)[number];

export interface SlaPolicy {
  /** Working hours from the oldest unanswered question to the deadline (PRODUCT.md: 24 on working days). */
  answerWithinHours: number;
  /** At risk when this many working hours or fewer are left. */
  atRiskHours: number;
}

export const DEFAULT_SLA_POLICY: SlaPolicy = { answerWithinHours: 24, atRiskHours: 4 };

/** The deadline of a question that has waited since `waitingSince`; null when nobody is waiting. */
export function slaDeadline(calendar: WorkingCalendar, policy: SlaPolicy, waitingSince: Date | null): Date | null {
  return waitingSince ? addWorkingHours(calendar, waitingSince, policy.answerWithinHours) : null;
}

/** The moment a deadline turns at risk: `atRiskHours` working hours before it. */
export function atRiskFrom(calendar: WorkingCalendar, policy: SlaPolicy, deadline: Date): Date {
  return addWorkingHours(calendar, deadline, -policy.atRiskHours);
}

/** Where a waiting conversation stands at `now`; server (state changes) and browser (colours) agree. */
export function slaState(calendar: WorkingCalendar, policy: SlaPolicy, deadline: Date | null, now: Date): SlaState {
  if (!deadline) return 'none';
  if (now.getTime() >= deadline.getTime()) return 'breached';
  return workingMsBetween(calendar, now, deadline) <= policy.atRiskHours * 3_600_000 ? 'at-risk' : 'on-track';
}
