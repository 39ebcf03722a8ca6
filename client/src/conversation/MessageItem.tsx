import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, MessageDto, Visibility } from '@ingang/shared';
import { formatDateTime, formatTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { DeliveryFailure, DeliveryTicks } from './DeliveryStatus';
import { MessageContentView } from './MessageContentView';

interface MessageItemProps {
  message: MessageDto;
  contactName: string;
  messagesById: Map<string, MessageDto>;
  channel: Channel;
  conversationVisibility: Visibility;
  conversationSubject: string | null;
}

function speaker(message: MessageDto, contactName: string, t: TFunction): string {
  if (message.direction === 'inbound') return contactName;
  if (message.direction === 'note')
    return t('thread.noteBy', { name: message.author?.name ?? t('thread.unknownAgent') });
  return message.author?.name ?? t('thread.municipality');
}

// In a public thread every answer says where it went; elsewhere only a public one (there are none) would.
function visibilityMark(message: MessageDto, conversationVisibility: Visibility, t: TFunction): string | null {
  if (message.direction !== 'outbound') return null;
  if (message.visibility === 'public') return t('thread.sentPublicly');
  return conversationVisibility === 'public' ? t('thread.sentPrivately') : null;
}

export const MessageItem = memo(function MessageItem({
  message,
  contactName,
  messagesById,
  channel,
  conversationVisibility,
  conversationSubject,
}: MessageItemProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const quoted = message.replyToMessageId ? messagesById.get(message.replyToMessageId) : undefined;
  const failed = message.delivery?.status === 'failed';
  const removed = message.removedAt !== null;
  const mark = visibilityMark(message, conversationVisibility, t);
  const classes = [
    'message',
    `message--${message.direction}`,
    failed && 'message--failed',
    removed && 'message--removed',
    message.automated && 'message--automated',
    message.visibility === 'public' && message.direction === 'outbound' && 'message--public',
  ].filter(Boolean);

  const content = (
    <MessageContentView message={message} messagesById={messagesById} conversationSubject={conversationSubject} />
  );

  return (
    <li className={classes.join(' ')}>
      <div className="message__bubble">
        <p className={message.direction === 'inbound' ? 'visually-hidden' : 'message__speaker'}>
          {message.direction === 'note' && (
            // Not by colour alone: a note carries the same lock as the composer's "only colleagues" notice.
            <svg className="message__note-icon" width="12" height="12" viewBox="0 0 16 16" aria-hidden="true">
              <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
              <path d="M5.2 7V5.2a2.8 2.8 0 0 1 5.6 0V7" fill="none" stroke="currentColor" strokeWidth="1.6" />
            </svg>
          )}
          {speaker(message, contactName, t)}
        </p>
        {message.automated && (
          <p className="message__flags">
            <span className={`automated-badge automated-badge--${message.automated}`}>
              {t(`thread.automated.${message.automated}`)}
            </span>
          </p>
        )}
        {removed && message.removedAt && (
          <p className="message__removed-note" title={formatDateTime(message.removedAt, language)}>
            {message.direction === 'inbound' ? t('thread.removedByCitizen') : t('thread.removed')}
          </p>
        )}
        {quoted && (
          <blockquote className="message__quote">
            <span className="visually-hidden">{t('thread.inReplyTo')} </span>
            {quoted.preview}
          </blockquote>
        )}
        {message.automated ? (
          // A machine's mail is never a question: its gist, and the whole text for whoever needs it.
          <>
            <p className="message__automated-preview">{message.preview}</p>
            <details className="message__automated-details">
              <summary>{t('thread.showAutomatedContent')}</summary>
              {content}
            </details>
          </>
        ) : removed ? (
          <div className="message__removed-content">{content}</div>
        ) : (
          content
        )}
        <p className="message__meta">
          {mark && <span className={`message__visibility message__visibility--${message.visibility}`}>{mark}</span>}
          {message.editedAt && (
            <span className="message__edited" title={formatDateTime(message.editedAt, language)}>
              {t('thread.edited')}
            </span>
          )}
          <time dateTime={message.sentAt} title={formatDateTime(message.sentAt, language)}>
            {formatTime(message.sentAt, language)}
          </time>
          {message.direction === 'outbound' && message.delivery && <DeliveryTicks delivery={message.delivery} />}
        </p>
      </div>
      {failed && message.delivery && <DeliveryFailure delivery={message.delivery} channel={channel} />}
    </li>
  );
});
