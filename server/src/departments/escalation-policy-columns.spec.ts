import { fromPolicyColumns, toPolicyColumns } from './escalation-policy-columns';

describe(toPolicyColumns.name, () => {
  it('stores a policy in whole minutes', () => {
    expect(toPolicyColumns({ answerWithinHours: 16, atRiskHours: 2.5 })).toEqual({
      escalationAnswerWithinMinutes: 960,
      escalationAtRiskMinutes: 150,
    });
  });

  it('stores the default policy as two nulls', () => {
    expect(toPolicyColumns(null)).toEqual({ escalationAnswerWithinMinutes: null, escalationAtRiskMinutes: null });
  });

  it('keeps minutes that are not a round fraction of an hour exact', () => {
    const policy = { answerWithinHours: 61 / 60, atRiskHours: 1 / 60 };
    expect(fromPolicyColumns(toPolicyColumns(policy))).toEqual(policy);
  });
});

describe(fromPolicyColumns.name, () => {
  it('reads the policy back in working hours', () => {
    expect(fromPolicyColumns({ escalationAnswerWithinMinutes: 2880, escalationAtRiskMinutes: 0 })).toEqual({
      answerWithinHours: 48,
      atRiskHours: 0,
    });
  });

  it('reads the default policy when a column is empty', () => {
    expect(fromPolicyColumns({ escalationAnswerWithinMinutes: null, escalationAtRiskMinutes: null })).toBeNull();
    expect(fromPolicyColumns({ escalationAnswerWithinMinutes: 60, escalationAtRiskMinutes: null })).toBeNull();
  });
});
