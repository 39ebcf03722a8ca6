import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SLA_SETTINGS } from '@ingang/shared';
import { escalationPolicyOf, holdingReplyTerm } from './holding-reply';

describe(holdingReplyTerm.name, () => {
  it('promises 2 working days for the default 48 working hours', () => {
    expect(holdingReplyTerm({ answerWithinHours: 48, atRiskHours: 8 }, 'working-days')).toEqual({
      unit: 'workingDays',
      count: 2,
    });
  });

  it('rounds part of a day up, never promising sooner than the deadline', () => {
    expect(holdingReplyTerm({ answerWithinHours: 30, atRiskHours: 4 }, 'working-days').count).toBe(2);
    expect(holdingReplyTerm({ answerWithinHours: 4, atRiskHours: 1 }, 'working-days').count).toBe(1);
  });

  it('promises working hours when the clock runs on opening hours only', () => {
    expect(holdingReplyTerm({ answerWithinHours: 16, atRiskHours: 4 }, 'opening-hours')).toEqual({
      unit: 'workingHours',
      count: 16,
    });
    expect(holdingReplyTerm({ answerWithinHours: 7.5, atRiskHours: 1 }, 'opening-hours').count).toBe(8);
  });
});

describe(escalationPolicyOf.name, () => {
  it('takes the department’s own policy, or the default from the SLA settings', () => {
    const own = { answerWithinHours: 72, atRiskHours: 8 };
    expect(escalationPolicyOf({ escalationPolicy: own }, DEFAULT_SLA_SETTINGS)).toBe(own);
    expect(escalationPolicyOf({ escalationPolicy: null }, DEFAULT_SLA_SETTINGS)).toEqual({
      answerWithinHours: 48,
      atRiskHours: 8,
    });
  });
});
