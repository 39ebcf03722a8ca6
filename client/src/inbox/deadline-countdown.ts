import type { TFunction } from 'i18next';
import { formatWorkingDuration, workingMsBetween, type SlaState, type WorkingCalendar } from '@ingang/shared';
import { conversationSlaState, type SlaMoments } from '../sla/conversation-sla-state';

export interface DeadlineCountdown {
  /** Working time left until the deadline; negative once it passed. */
  workingMs: number;
  state: SlaState;
}

/**
 * How much working time is left until a deadline, counted with the administrator's calendar by the very calendar code
 * the server uses; the state comes from the server's own moments, so it agrees with the server whatever the policy.
 */
export function deadlineCountdown(
  calendar: WorkingCalendar,
  moments: SlaMoments & { deadlineAt: string },
  now: Date,
): DeadlineCountdown {
  return {
    workingMs: workingMsBetween(calendar, now, new Date(moments.deadlineAt)),
    state: conversationSlaState(moments, now),
  };
}

/**
 * "nog 30 u 5 m", "2 u te laat": working time in hours, never in days, since a working day with opening hours is not
 * 24 hours long.
 */
export function deadlineCountdownText({ workingMs, state }: DeadlineCountdown, t: TFunction): string {
  const { hours, minutes } = formatWorkingDuration(workingMs);
  const duration =
    hours > 0
      ? t('duration.hoursMinutes', { hours, minutes })
      : minutes > 0
        ? t('duration.minutes', { minutes })
        : t('duration.lessThanAMinute');
  return t(state === 'breached' ? 'inbox.deadline.overdue' : 'inbox.deadline.left', { duration });
}
