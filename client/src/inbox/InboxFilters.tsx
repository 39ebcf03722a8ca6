import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, CONVERSATION_STATUSES, type Channel, type ConversationStatus, type SlaState } from '@ingang/shared';
import type { ConversationFilter } from '../api/conversations-api';
import { toggleMine, toggleSlaState } from './inbox-filter';

const ALL = '';
// What a supervisor or agent looks for: the conversations that need an answer first.
const SLA_FILTER_STATES = ['at-risk', 'breached'] as const satisfies readonly SlaState[];

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
  const slaId = useId();
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
      <div className="inbox-filters__toggles">
        <div className="inbox-filters__sla" role="group" aria-labelledby={slaId}>
          <span id={slaId} className="inbox-filters__sla-label">
            {t('inbox.sla.filter')}
          </span>
          {SLA_FILTER_STATES.map((state) => {
            const pressed = filter.slaStates.includes(state);
            return (
              <button
                key={state}
                type="button"
                className={`sla-toggle sla-toggle--${state}`}
                aria-pressed={pressed}
                onClick={() => onChange(toggleSlaState(filter, state))}
              >
                {pressed ? (
                  <svg className="sla-toggle__mark" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
                    <path d="M2.5 6.3 5 8.8l4.5-5.3" fill="none" stroke="currentColor" strokeWidth="1.8" />
                  </svg>
                ) : (
                  <span className="sla-toggle__mark sla-toggle__dot" aria-hidden="true" />
                )}
                {t(`inbox.sla.state.${state}`)}
              </button>
            );
          })}
        </div>
        <button
          type="button"
          className="sla-toggle mine-toggle"
          aria-pressed={filter.assignee === 'me'}
          onClick={() => onChange(toggleMine(filter))}
        >
          {filter.assignee === 'me' ? (
            <svg className="sla-toggle__mark" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
              <path d="M2.5 6.3 5 8.8l4.5-5.3" fill="none" stroke="currentColor" strokeWidth="1.8" />
            </svg>
          ) : (
            <span className="sla-toggle__mark sla-toggle__dot" aria-hidden="true" />
          )}
          {t('workflow.filter.mine')}
        </button>
      </div>
    </div>
  );
}
