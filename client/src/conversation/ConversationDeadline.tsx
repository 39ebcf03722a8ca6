import { useTranslation } from 'react-i18next';
import type { ConversationSummaryDto } from '@ingang/shared';
import { DeadlineCountdown } from '../inbox/DeadlineCountdown';
import { formatDay, formatTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { conversationSlaState } from '../sla/conversation-sla-state';
import { useSlaNow } from '../sla/use-sla-now';
import { useSlaSettings } from '../sla/use-sla-settings';
import './conversation-deadline.css';

/** The citizen's SLA deadline, counting down in working time exactly as the inbox row does; none once answered. */
export function ConversationDeadline({ conversation }: { conversation: ConversationSummaryDto }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const now = useSlaNow();
  const { calendar } = useSlaSettings();
  const { deadlineAt, atRiskAt } = conversation;
  if (deadlineAt === null) return null;
  const state = conversationSlaState(conversation, now);
  return (
    <span className="conversation-deadline">
      <span className="conversation-deadline__label" aria-hidden="true">
        {t('conversation.sla.deadline')}
      </span>
      <span className="visually-hidden">
        {t('conversation.sla.label', { day: formatDay(deadlineAt, language), time: formatTime(deadlineAt, language) })}
      </span>
      <DeadlineCountdown
        className="conversation-deadline__countdown"
        moments={{ deadlineAt, atRiskAt }}
        calendar={calendar}
        now={now}
        language={language}
      />
      {/* Announce a change of state, not every tick of the countdown. */}
      <span className="visually-hidden" aria-live="polite">
        {t(`conversation.sla.state.${state}`)}
      </span>
    </span>
  );
}
