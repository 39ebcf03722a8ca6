import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { ContactIdentityDto, ConversationSummaryDto } from '@ingang/shared';
import { ChannelLabel } from '../ui/ChannelIcon';
import { StatusBadge } from '../ui/StatusBadge';

export function ConversationHeader({
  conversation,
  identities,
}: {
  conversation: ConversationSummaryDto;
  identities: ContactIdentityDto[];
}) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const otherIdentities = identities.filter(
    (identity) => identity.channel !== conversation.channel || identity.externalId !== conversation.contact.handle,
  );
  return (
    <header className="conversation-header">
      <Link className="conversation-header__back" to={{ pathname: '/', search }}>
        {t('conversation.backToInbox')}
      </Link>
      <div className="conversation-header__contact">
        <h2 id="conversation-title" className="conversation-header__name">
          {conversation.contact.displayName}
        </h2>
        <p className="conversation-header__meta">
          <span className="conversation-header__handle">{conversation.contact.handle}</span>
          <ChannelLabel channel={conversation.channel} />
        </p>
        {otherIdentities.length > 0 && (
          <p className="conversation-header__identities">
            {t('conversation.alsoKnownVia')}{' '}
            {otherIdentities.map((identity, index) => (
              <span key={`${identity.channel}:${identity.externalId}`}>
                {index > 0 && ', '}
                {t(`channel.${identity.channel}`)} ({identity.displayName ?? identity.externalId})
              </span>
            ))}
          </p>
        )}
      </div>
      <StatusBadge status={conversation.status} />
    </header>
  );
}
