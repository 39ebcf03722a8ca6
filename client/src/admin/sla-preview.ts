import { atRiskFrom, slaDeadline, type SlaSettings } from '@ingang/shared';
import { POLICY_NAMES, policyOf, type PolicyName } from './sla-settings-form';

/** A question's deadline under one set of settings; `never` when the calendar has no working time left. */
export type SampleDeadline = { kind: 'deadline'; deadline: Date; atRisk: Date } | { kind: 'never' };

export interface PreviewRow {
  policy: PolicyName;
  saved: SampleDeadline;
  /** Null while the edited settings are not valid. */
  edited: SampleDeadline | null;
  deadlineChanged: boolean;
  atRiskChanged: boolean;
}

export function sampleDeadline(settings: SlaSettings, policy: PolicyName, waitingSince: Date): SampleDeadline {
  const rule = policyOf(settings, policy);
  try {
    const deadline = slaDeadline(settings.calendar, rule, waitingSince);
    if (!deadline) return { kind: 'never' };
    return { kind: 'deadline', deadline, atRisk: atRiskFrom(settings.calendar, rule, deadline) };
  } catch (error) {
    // A calendar without any working time after (or before) the sample: the clock never runs out.
    if (error instanceof RangeError) return { kind: 'never' };
    throw error;
  }
}

const timeOf = (sample: SampleDeadline, part: 'deadline' | 'atRisk') =>
  sample.kind === 'deadline' ? sample[part].getTime() : null;

/** Per policy the deadline of a question asked at `waitingSince`, with the saved and with the edited settings. */
export function previewRows(saved: SlaSettings, edited: SlaSettings | null, waitingSince: Date): PreviewRow[] {
  return POLICY_NAMES.map((policy) => {
    const before = sampleDeadline(saved, policy, waitingSince);
    const after = edited ? sampleDeadline(edited, policy, waitingSince) : null;
    return {
      policy,
      saved: before,
      edited: after,
      deadlineChanged: after !== null && timeOf(before, 'deadline') !== timeOf(after, 'deadline'),
      atRiskChanged: after !== null && timeOf(before, 'atRisk') !== timeOf(after, 'atRisk'),
    };
  });
}
