import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ConversationSummaryDto, EscalationDto } from '@ingang/shared';
import { formatShortDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { DeadlineCountdown } from '../inbox/DeadlineCountdown';
import { useSlaNow } from '../sla/use-sla-now';
import { useSlaSettings } from '../sla/use-sla-settings';
import { ChannelLabel } from '../ui/ChannelIcon';
import { errorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/LoadingState';

/** The open escalations, nearest deadline first, each with its working-time countdown and the hand-over note. */
export function EscalationList({
  query,
  conversations,
  selectedId,
  search,
  showDepartment,
}: {
  query: UseQueryResult<EscalationDto[]>;
  conversations: ReadonlyMap<string, ConversationSummaryDto>;
  selectedId: string | null;
  search: string;
  showDepartment: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const now = useSlaNow();
  const { calendar } = useSlaSettings();

  if (query.isPending) return <LoadingState label={t('backoffice.loading')} />;
  if (query.isError) {
    return (
      <div className="inbox-message">
        <p role="alert">{errorMessage(query.error, t)}</p>
        <button type="button" className="button" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (query.data.length === 0) return <p className="inbox-message">{t('backoffice.empty')}</p>;

  return (
    <ol className="escalation-list" aria-label={t('backoffice.listLabel')}>
      {query.data.map((escalation) => {
        const conversation = conversations.get(escalation.conversationId);
        const selected = escalation.conversationId === selectedId;
        return (
          <li key={escalation.id}>
            <Link
              to={{ pathname: `/backoffice/${escalation.conversationId}`, search }}
              className={`escalation-row${selected ? ' escalation-row--selected' : ''}`}
              aria-current={selected ? 'page' : undefined}
            >
              <span className="escalation-row__line">
                {conversation && (
                  <ChannelLabel channel={conversation.channel} visibility={conversation.visibility} visible={false} />
                )}
                <span className="escalation-row__name">
                  {conversation?.contact.displayName ?? t('backoffice.unknownCitizen')}
                </span>
                <DeadlineCountdown
                  className="escalation-row__deadline"
                  moments={{ deadlineAt: escalation.deadlineAt, atRiskAt: escalation.atRiskAt }}
                  calendar={calendar}
                  now={now}
                  language={language}
                />
              </span>
              <span className="escalation-row__note">{escalation.handoverNote}</span>
              <span className="escalation-row__meta">
                {showDepartment && <strong>{escalation.department.name} · </strong>}
                {t('escalation.path.by', {
                  name: escalation.createdBy.name,
                  moment: formatShortDateTime(escalation.createdAt, language),
                })}
              </span>
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
