import { useTranslation } from 'react-i18next';
import type { WorkingCalendar } from '@ingang/shared';
import { formatDateTime } from '../i18n/format';
import type { Language } from '../i18n/i18n';
import type { SlaMoments } from '../sla/conversation-sla-state';
import { deadlineCountdown, deadlineCountdownText } from './deadline-countdown';
import './deadline-countdown.css';

interface DeadlineCountdownProps {
  moments: SlaMoments & { deadlineAt: string };
  calendar: WorkingCalendar;
  now: Date;
  language: Language;
  className?: string;
}

/** "nog 3 u 12 m" in green, amber once at risk, white on red once overdue: in the inbox row and the conversation. */
export function DeadlineCountdown({ moments, calendar, now, language, className }: DeadlineCountdownProps) {
  const { t } = useTranslation();
  const countdown = deadlineCountdown(calendar, moments, now);
  return (
    <time
      className={`deadline-countdown deadline-countdown--${countdown.state}${className ? ` ${className}` : ''}`}
      dateTime={moments.deadlineAt}
      title={t('inbox.deadline.title', { moment: formatDateTime(moments.deadlineAt, language) })}
    >
      {deadlineCountdownText(countdown, t)}
    </time>
  );
}
