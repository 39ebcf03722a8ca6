import type { SlaState } from '@ingang/shared';

/** The moments the server computed for a conversation's current wait, with its own calendar and channel policy. */
export interface SlaMoments {
  deadlineAt: string | null;
  atRiskAt: string | null;
}

/**
 * Where a conversation stands at `now`, read from the server's own moments: whatever the policy, the browser then
 * agrees with the server's `sla.changed` and with its `?sla=` filter.
 */
export function conversationSlaState({ deadlineAt, atRiskAt }: SlaMoments, now: Date): SlaState {
  if (deadlineAt === null) return 'none';
  const at = now.getTime();
  if (at >= Date.parse(deadlineAt)) return 'breached';
  if (atRiskAt !== null && at >= Date.parse(atRiskAt)) return 'at-risk';
  return 'on-track';
}
