import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { ConversationDetailDto } from '@ingang/shared';
import { formatDateTime, formatShortDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { ChannelIcon, channelName } from '../ui/ChannelIcon';
import { otherRoutes } from './other-routes';

/** This channel accepts no reply any more (Messenger after 7 days): say why, and where else the citizen is. */
export function ClosedWindowNotice({ detail }: { detail: ConversationDetailDto }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { search } = useLocation();
  const { conversation } = detail;
  const routes = otherRoutes(detail);
  const lastInbound = conversation.lastInboundAt ? formatDateTime(conversation.lastInboundAt, language) : null;

  return (
    <div className="closed-window">
      <p>{t('closedWindow.why', { context: conversation.channel, date: lastInbound ?? '—' })}</p>
      {routes.conversations.length > 0 && (
        <>
          <p className="closed-window__lead">{t('closedWindow.otherConversations')}</p>
          <ul className="closed-window__list">
            {routes.conversations.map((other) => (
              <li key={other.id}>
                <Link to={{ pathname: `/conversations/${other.id}`, search }} className="closed-window__link">
                  <ChannelIcon channel={other.channel} visibility={other.visibility} size={20} />
                  <span>
                    <strong>{channelName(other.channel, other.visibility, t)}</strong> · {other.contact.handle}
                  </span>
                  <span className="closed-window__date">{formatShortDateTime(other.lastMessageAt, language)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {routes.addresses.length > 0 && (
        <>
          <p className="closed-window__lead">{t('closedWindow.otherAddresses')}</p>
          <ul className="closed-window__list">
            {routes.addresses.map((identity) => (
              <li key={`${identity.channel}:${identity.externalId}`} className="closed-window__address">
                <ChannelIcon channel={identity.channel} size={20} />
                <span>
                  <strong>{channelName(identity.channel, 'private', t)}</strong> · {identity.externalId}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {routes.conversations.length === 0 && routes.addresses.length === 0 && <p>{t('closedWindow.noOtherRoutes')}</p>}
    </div>
  );
}
