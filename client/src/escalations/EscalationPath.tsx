import { useTranslation } from 'react-i18next';
import type { EscalationDto } from '@ingang/shared';
import { formatShortDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { DeadlineCountdown } from '../inbox/DeadlineCountdown';
import { useSlaNow } from '../sla/use-sla-now';
import { useSlaSettings } from '../sla/use-sla-settings';
import './escalations.css';

/**
 * The conversation's path through the back offices, oldest first: where it went, why (the hand-over note), by whom,
 * by when, and what came back. Open while a back office has it; folded once every escalation is closed.
 */
export function EscalationPath({ escalations }: { escalations: EscalationDto[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const now = useSlaNow();
  const { calendar } = useSlaSettings();
  if (escalations.length === 0) return null;
  const current = escalations.find((escalation) => escalation.status === 'open');

  return (
    <details className="escalation-path" open={current !== undefined}>
      <summary className="escalation-path__summary">
        <span className="escalation-path__title">{t('escalation.path.title', { count: escalations.length })}</span>
        {current && (
          <span className="escalation-path__current">
            {t('escalation.path.now', { department: current.department.name })}
          </span>
        )}
      </summary>
      <ol className="escalation-path__steps">
        {escalations.map((escalation) => (
          <li key={escalation.id} className={`escalation-step escalation-step--${escalation.status}`}>
            <p className="escalation-step__head">
              <strong className="escalation-step__department">{escalation.department.name}</strong>
              <span className={`escalation-status escalation-status--${escalation.status}`}>
                {t(`escalation.status.${escalation.status}`)}
              </span>
              {escalation.status === 'open' && (
                <DeadlineCountdown
                  moments={{ deadlineAt: escalation.deadlineAt, atRiskAt: escalation.atRiskAt }}
                  calendar={calendar}
                  now={now}
                  language={language}
                />
              )}
            </p>
            <p className="escalation-step__meta">
              {t('escalation.path.by', {
                name: escalation.createdBy.name,
                moment: formatShortDateTime(escalation.createdAt, language),
              })}
              {' · '}
              {t('escalation.path.deadline', { moment: formatShortDateTime(escalation.deadlineAt, language) })}
            </p>
            <p className="escalation-step__note">
              <span className="escalation-step__label">{t('escalation.path.note')}</span> {escalation.handoverNote}
            </p>
            {escalation.closedAt && (
              <p className="escalation-step__result">
                <span className="escalation-step__label">
                  {t(`escalation.path.closed.${escalation.status}`, {
                    name: escalation.closedBy?.name ?? '',
                    moment: formatShortDateTime(escalation.closedAt, language),
                  })}
                </span>
                {escalation.result && <> {escalation.result}</>}
              </p>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
