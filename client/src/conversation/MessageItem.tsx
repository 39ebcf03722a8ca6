import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageDto } from '@ingang/shared';
import { formatDateTime, formatTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { DeliveryFailure, DeliveryTicks } from './DeliveryStatus';
import { MessageContentView } from './MessageContentView';

interface MessageItemProps {
  message: MessageDto;
  contactName: string;
  messagesById: Map<string, MessageDto>;
}

function speaker(message: MessageDto, contactName: string, t: TFunction): string {
  if (message.direction === 'inbound') return contactName;
  if (message.direction === 'note')
    return t('thread.noteBy', { name: message.author?.name ?? t('thread.unknownAgent') });
  return message.author?.name ?? t('thread.municipality');
}

export const MessageItem = memo(function MessageItem({ message, contactName, messagesById }: MessageItemProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const quoted = message.replyToMessageId ? messagesById.get(message.replyToMessageId) : undefined;
  const failed = message.delivery?.status === 'failed';

  return (
    <li className={`message message--${message.direction}${failed ? ' message--failed' : ''}`}>
      <div className="message__bubble">
        <p className={message.direction === 'inbound' ? 'visually-hidden' : 'message__speaker'}>
          {speaker(message, contactName, t)}
        </p>
        {quoted && (
          <blockquote className="message__quote">
            <span className="visually-hidden">{t('thread.inReplyTo')} </span>
            {quoted.preview}
          </blockquote>
        )}
        <MessageContentView message={message} messagesById={messagesById} />
        <p className="message__meta">
          <time dateTime={message.sentAt} title={formatDateTime(message.sentAt, language)}>
            {formatTime(message.sentAt, language)}
          </time>
          {message.direction === 'outbound' && message.delivery && <DeliveryTicks delivery={message.delivery} />}
        </p>
      </div>
      {failed && message.delivery && <DeliveryFailure delivery={message.delivery} />}
    </li>
  );
});
