import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { ConversationSummaryDto } from '@ingang/shared';
import { CallbackButton } from '../callbacks/CallbackButton';
import { ChannelLabel } from '../ui/ChannelIcon';
import { PublicBadge } from '../ui/PublicBadge';
import { StatusBadge } from '../ui/StatusBadge';
import { WorkflowActions } from '../workflow/WorkflowActions';
import { WorkflowStatus } from '../workflow/WorkflowStatus';
import { ConversationDeadline } from './ConversationDeadline';

interface ConversationHeaderProps {
  conversation: ConversationSummaryDto;
  repeatContact: boolean;
  panelOpen: boolean;
  panelId: string;
  onTogglePanel: () => void;
  toggleRef: Ref<HTMLButtonElement>;
  /** Where "back" goes: the inbox, or the back office's list. */
  backTo?: string;
  /** The back office handles the conversation with its own actions, below the thread. */
  showWorkflow?: boolean;
}

export function ConversationHeader({
  conversation,
  repeatContact,
  panelOpen,
  panelId,
  onTogglePanel,
  toggleRef,
  backTo = '/',
  showWorkflow = true,
}: ConversationHeaderProps) {
  const { t, i18n } = useTranslation();
  const { search } = useLocation();
  const isPublic = conversation.visibility === 'public';
  return (
    <header className="conversation-header">
      <div className="conversation-header__main">
        <Link className="conversation-header__back" to={{ pathname: backTo, search }}>
          {backTo === '/' ? t('conversation.backToInbox') : t('backoffice.backToList')}
        </Link>
        <div className="conversation-header__contact">
          <h2 id="conversation-title" className="conversation-header__name">
            {conversation.contact.displayName}
          </h2>
          <p className="conversation-header__meta">
            <span className="conversation-header__handle">{conversation.contact.handle}</span>
            <ChannelLabel channel={conversation.channel} visibility={conversation.visibility} />
            <ConversationDeadline conversation={conversation} />
            {isPublic && <PublicBadge title={t(`conversation.publicExplanation.${conversation.channel}`)} />}
            {repeatContact && (
              <span className="repeat-badge" title={t('conversation.repeatContactExplanation')}>
                {t('conversation.repeatContact')}
              </span>
            )}
          </p>
          {conversation.subject && (
            <p className="conversation-header__subject" title={conversation.subject}>
              <span className="conversation-header__subject-label">
                {conversation.channel === 'email' ? t('conversation.subject') : t('conversation.about')}
              </span>{' '}
              {conversation.subject}
            </p>
          )}
        </div>
        <StatusBadge status={conversation.status} />
        {conversation.csat !== null && (
          <span className="conversation-header__csat" title={t('conversation.csat.title')}>
            {t('conversation.csat.mark', { mark: conversation.csat.toLocaleString(i18n.language) })}
          </span>
        )}
        <CallbackButton conversation={conversation} />
        <button
          ref={toggleRef}
          type="button"
          className={`button conversation-header__panel-toggle${panelOpen ? ' conversation-header__panel-toggle--open' : ''}`}
          aria-expanded={panelOpen}
          aria-controls={panelId}
          onClick={onTogglePanel}
        >
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <circle cx="8" cy="5.2" r="2.7" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path
              d="M2.8 14c.6-2.8 2.7-4.3 5.2-4.3s4.6 1.5 5.2 4.3"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.5"
            />
          </svg>
          {t('contactPanel.toggle')}
        </button>
      </div>
      <div className="conversation-header__workflow">
        <WorkflowStatus conversation={conversation} />
        {showWorkflow && (
          <div className="conversation-header__actions" role="group" aria-label={t('workflow.actions.label')}>
            <WorkflowActions conversation={conversation} />
          </div>
        )}
      </div>
    </header>
  );
}
