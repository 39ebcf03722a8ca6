import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ConversationSummaryDto, WorkingCalendar } from '@ingang/shared';
import { DeadlineCountdown } from './DeadlineCountdown';
import { localisePreview } from './preview-text';
import { formatDateTime, formatListTimestamp } from '../i18n/format';
import type { Language } from '../i18n/i18n';
import { ChannelLabel } from '../ui/ChannelIcon';
import { PublicBadge } from '../ui/PublicBadge';
import { StatusBadge } from '../ui/StatusBadge';
import { initials } from '../workflow/initials';

export const ROW_HEIGHT = 76;

interface ConversationRowProps {
  conversation: ConversationSummaryDto;
  selected: boolean;
  tabbable: boolean;
  search: string;
  now: Date;
  calendar: WorkingCalendar;
  language: Language;
  index: number;
  onFocusRow: (index: number) => void;
}

export const ConversationRow = memo(function ConversationRow({
  conversation,
  selected,
  tabbable,
  search,
  now,
  calendar,
  language,
  index,
  onFocusRow,
}: ConversationRowProps) {
  const { t } = useTranslation();
  const { contact, deadlineAt } = conversation;
  return (
    <Link
      to={{ pathname: `/conversations/${conversation.id}`, search }}
      className={`conversation-row${selected ? ' conversation-row--selected' : ''}`}
      aria-current={selected ? 'page' : undefined}
      tabIndex={tabbable ? 0 : -1}
      data-row-index={index}
      onFocus={() => onFocusRow(index)}
    >
      <ChannelLabel channel={conversation.channel} visibility={conversation.visibility} visible={false} />
      <span className="conversation-row__body">
        <span className="conversation-row__line">
          <span className="conversation-row__name">{contact.displayName}</span>
          <span className="conversation-row__handle">{contact.handle}</span>
          {deadlineAt === null ? (
            <time
              className="conversation-row__time conversation-row__time--activity"
              dateTime={conversation.lastMessageAt}
              title={formatDateTime(conversation.lastMessageAt, language)}
            >
              {formatListTimestamp(conversation.lastMessageAt, now, language)}
            </time>
          ) : (
            <DeadlineCountdown
              className="conversation-row__time"
              moments={{ deadlineAt, atRiskAt: conversation.atRiskAt }}
              calendar={calendar}
              now={now}
              language={language}
            />
          )}
        </span>
        <span className="conversation-row__line">
          <span className="conversation-row__preview">
            {conversation.subject && (
              <>
                <span className="conversation-row__subject">{conversation.subject}</span>
                <span aria-hidden="true"> · </span>
                <span className="visually-hidden">: </span>
              </>
            )}
            {localisePreview(conversation.lastMessagePreview, t)}
          </span>
          {conversation.visibility === 'public' && <PublicBadge />}
          {conversation.unansweredCount > 0 && (
            <span className="unanswered-badge">
              <span aria-hidden="true">{conversation.unansweredCount}</span>
              <span className="visually-hidden">{t('inbox.unanswered', { count: conversation.unansweredCount })}</span>
            </span>
          )}
          {conversation.assignee && (
            <span className="holder-badge" title={t('workflow.holder.other', { name: conversation.assignee.name })}>
              <span aria-hidden="true">{initials(conversation.assignee.name)}</span>
              <span className="visually-hidden">
                {t('workflow.holder.other', { name: conversation.assignee.name })}
              </span>
            </span>
          )}
          <StatusBadge status={conversation.status} />
        </span>
      </span>
    </Link>
  );
});
