import type { CalendarMode, DepartmentDto, SlaPolicy, SlaSettings } from '@ingang/shared';

/** How long the citizen is told the back office takes: whole working days, or working hours with opening hours. */
export type HoldingReplyTerm = { unit: 'workingDays'; count: number } | { unit: 'workingHours'; count: number };

/** The department's own escalation policy, or the default of the SLA settings. */
export function escalationPolicyOf(
  department: Pick<DepartmentDto, 'escalationPolicy'>,
  settings: SlaSettings,
): SlaPolicy {
  return department.escalationPolicy ?? settings.escalation;
}

/**
 * The term promised in the holding reply. With whole working days (the clock runs all day) 48 working hours are 2
 * working days, and a part of a day counts as a whole one: never promise sooner than the deadline. With opening hours
 * a working day is not 24 hours, so the promise is in working hours.
 */
export function holdingReplyTerm(policy: SlaPolicy, mode: CalendarMode): HoldingReplyTerm {
  if (mode === 'opening-hours') return { unit: 'workingHours', count: Math.ceil(policy.answerWithinHours) };
  return { unit: 'workingDays', count: Math.max(1, Math.ceil(policy.answerWithinHours / 24)) };
}
