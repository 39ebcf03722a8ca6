import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { ConversationSummaryDto } from '@ingang/shared';
import { formatDateTime, formatShortDateTime } from '../i18n/format';
import { localisePreview } from '../inbox/preview-text';
import { useLanguage } from '../i18n/use-language';
import { ChannelIcon, channelName } from '../ui/ChannelIcon';
import { StatusBadge } from '../ui/StatusBadge';

const SHOWN_AT_FIRST = 8;

/** "Eerdere contacten": the citizen's other conversations on every channel, newest first, each a link. */
export function ContactHistory({ id, history }: { id: string; history: ConversationSummaryDto[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { search } = useLocation();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? history : history.slice(0, SHOWN_AT_FIRST);

  return (
    <section className="contact-panel__section" aria-labelledby={id}>
      <h3 id={id} className="contact-panel__heading">
        {t('contactPanel.history.title')}
        {history.length > 0 && <span className="contact-panel__count"> ({history.length})</span>}
      </h3>
      {history.length === 0 ? (
        <p className="contact-panel__empty">{t('contactPanel.history.none')}</p>
      ) : (
        <ol className="history-list">
          {shown.map((other) => (
            <li key={other.id}>
              <Link className="history-item" to={{ pathname: `/conversations/${other.id}`, search }}>
                <ChannelIcon channel={other.channel} visibility={other.visibility} size={22} />
                <span className="history-item__body">
                  <span className="history-item__top">
                    <span className="history-item__channel">{channelName(other.channel, other.visibility, t)}</span>
                    <time dateTime={other.lastMessageAt} title={formatDateTime(other.lastMessageAt, language)}>
                      {formatShortDateTime(other.lastMessageAt, language)}
                    </time>
                  </span>
                  <span className="history-item__preview">
                    {other.subject && <span className="history-item__subject">{other.subject} · </span>}
                    {localisePreview(other.lastMessagePreview, t)}
                  </span>
                  <StatusBadge status={other.status} />
                </span>
              </Link>
            </li>
          ))}
        </ol>
      )}
      {history.length > SHOWN_AT_FIRST && (
        <button
          type="button"
          className="button button--quiet button--small"
          aria-expanded={showAll}
          onClick={() => setShowAll((value) => !value)}
        >
          {showAll ? t('contactPanel.history.showFewer') : t('contactPanel.history.showAll', { count: history.length })}
        </button>
      )}
    </section>
  );
}
