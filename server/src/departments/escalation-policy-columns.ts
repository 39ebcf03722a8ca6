import type { SlaPolicy } from '@ingang/shared';

/** How a department stores its own escalation policy: whole minutes, both null for the default policy. */
export interface EscalationPolicyColumns {
  escalationAnswerWithinMinutes: number | null;
  escalationAtRiskMinutes: number | null;
}

export function toPolicyColumns(policy: SlaPolicy | null): EscalationPolicyColumns {
  if (!policy) return { escalationAnswerWithinMinutes: null, escalationAtRiskMinutes: null };
  return {
    escalationAnswerWithinMinutes: Math.round(policy.answerWithinHours * 60),
    escalationAtRiskMinutes: Math.round(policy.atRiskHours * 60),
  };
}

export function fromPolicyColumns(columns: EscalationPolicyColumns): SlaPolicy | null {
  const { escalationAnswerWithinMinutes: answerWithin, escalationAtRiskMinutes: atRisk } = columns;
  if (answerWithin === null || atRisk === null) return null;
  return { answerWithinHours: answerWithin / 60, atRiskHours: atRisk / 60 };
}
