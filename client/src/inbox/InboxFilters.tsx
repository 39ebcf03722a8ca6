import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, CONVERSATION_STATUSES, type Channel, type ConversationStatus } from '@ingang/shared';
import type { ConversationFilter } from '../api/conversations-api';

const ALL = '';

export function InboxFilters({
  filter,
  onChange,
}: {
  filter: ConversationFilter;
  onChange: (filter: ConversationFilter) => void;
}) {
  const { t } = useTranslation();
  const channelId = useId();
  const statusId = useId();
  return (
    <div className="inbox-filters" role="group" aria-label={t('inbox.filters')}>
      <div className="inbox-filters__field">
        <label htmlFor={channelId}>{t('inbox.channelFilter')}</label>
        <select
          id={channelId}
          value={filter.channels.length === 1 ? filter.channels[0] : ALL}
          onChange={(event) =>
            onChange({ ...filter, channels: event.target.value === ALL ? [] : [event.target.value as Channel] })
          }
        >
          <option value={ALL}>{t('inbox.allChannels')}</option>
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {t(`channel.${channel}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="inbox-filters__field">
        <label htmlFor={statusId}>{t('inbox.statusFilter')}</label>
        <select
          id={statusId}
          value={filter.statuses.length === 1 ? filter.statuses[0] : ALL}
          onChange={(event) =>
            onChange({
              ...filter,
              statuses: event.target.value === ALL ? [] : [event.target.value as ConversationStatus],
            })
          }
        >
          <option value={ALL}>{t('inbox.allUnresolved')}</option>
          {CONVERSATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
