import { DEFAULT_CALENDAR } from '../calendar';
import { atRiskFrom, DEFAULT_SLA_POLICY, slaDeadline, slaState } from './sla-state';

// Friday 23 Oct 2026 15:00 CEST: the PRODUCT.md example across the change to winter time.
const friday = new Date('2026-10-23T13:00:00Z');

describe(slaState.name, () => {
  const deadline = slaDeadline(DEFAULT_CALENDAR, DEFAULT_SLA_POLICY, friday)!;

  it('puts the deadline 24 working hours later: Monday 15:00 CET', () => {
    expect(deadline.toISOString()).toBe('2026-10-26T14:00:00.000Z');
  });

  it('is on track, then at risk 4 working hours before the deadline, then breached at the deadline', () => {
    const risk = atRiskFrom(DEFAULT_CALENDAR, DEFAULT_SLA_POLICY, deadline);
    expect(risk.toISOString()).toBe('2026-10-26T10:00:00.000Z');
    expect(slaState(DEFAULT_CALENDAR, DEFAULT_SLA_POLICY, deadline, new Date(risk.getTime() - 1))).toBe('on-track');
    expect(slaState(DEFAULT_CALENDAR, DEFAULT_SLA_POLICY, deadline, risk)).toBe('at-risk');
    expect(slaState(DEFAULT_CALENDAR, DEFAULT_SLA_POLICY, deadline, new Date(deadline.getTime() - 1))).toBe('at-risk');
    expect(slaState(DEFAULT_CALENDAR, DEFAULT_SLA_POLICY, deadline, deadline)).toBe('breached');
  });

  it('stays on track through the weekend: the clock stands still', () => {
    expect(slaState(DEFAULT_CALENDAR, DEFAULT_SLA_POLICY, deadline, new Date('2026-10-25T12:00:00Z'))).toBe('on-track');
  });

  it('has no state when nobody is waiting', () => {
    expect(slaDeadline(DEFAULT_CALENDAR, DEFAULT_SLA_POLICY, null)).toBeNull();
    expect(slaState(DEFAULT_CALENDAR, DEFAULT_SLA_POLICY, null, friday)).toBe('none');
  });
});
