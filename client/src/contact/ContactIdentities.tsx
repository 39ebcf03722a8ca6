import { useTranslation } from 'react-i18next';
import type { ContactIdentityDto, ConversationSummaryDto } from '@ingang/shared';
import { ChannelIcon, channelName } from '../ui/ChannelIcon';

/** Every address of the citizen: channel and address, the one of this conversation marked. */
export function ContactIdentities({
  identities,
  conversation,
}: {
  identities: ContactIdentityDto[];
  conversation: ConversationSummaryDto;
}) {
  const { t } = useTranslation();
  if (identities.length === 0) return <p className="contact-panel__empty">{t('contactPanel.noAddresses')}</p>;
  return (
    <ul className="identity-list">
      {identities.map((identity) => {
        const current =
          identity.channel === conversation.channel && identity.externalId === conversation.contact.handle;
        return (
          <li key={`${identity.channel}:${identity.externalId}`} className="identity">
            <ChannelIcon channel={identity.channel} size={22} />
            <span className="identity__text">
              <span className="identity__channel">{channelName(identity.channel, 'private', t)}</span>
              <span className="identity__address">{identity.externalId}</span>
              {identity.displayName && identity.displayName !== identity.externalId && (
                <span className="identity__name">{identity.displayName}</span>
              )}
            </span>
            {current && <span className="identity__current">{t('contactPanel.thisConversation')}</span>}
          </li>
        );
      })}
    </ul>
  );
}
