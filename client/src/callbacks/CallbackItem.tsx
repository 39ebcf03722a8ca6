import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatPhoneNumber, type CallbackDto, type WorkingCalendar } from '@ingang/shared';
import { formatShortDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { DeadlineCountdown } from '../inbox/DeadlineCountdown';

/** One callback in the list: how long is left, whom to call where and about what, the attempts so far. */
export function CallbackItem({
  callback,
  now,
  calendar,
  onAttempt,
  onComplete,
}: {
  callback: CallbackDto;
  now: Date;
  calendar: WorkingCalendar;
  onAttempt: () => void;
  onComplete: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const headingId = useId();
  const moment = (at: string) => formatShortDateTime(at, language);
  const phone = formatPhoneNumber(callback.phone);
  const open = callback.status === 'open';
  const reachedInTime =
    callback.firstReachedAt === null ? null : Date.parse(callback.firstReachedAt) <= Date.parse(callback.deadlineAt);

  return (
    <li className={`callback-item${open ? '' : ' callback-item--done'}`}>
      <article className="callback-item__body" aria-labelledby={headingId}>
        <div className="callback-item__when">
          {open ? (
            <DeadlineCountdown
              className="callback-item__countdown"
              moments={callback}
              calendar={calendar}
              now={now}
              language={language}
            />
          ) : (
            <span className={`callback-outcome callback-outcome--${callback.outcome ?? 'none'}`}>
              {t(`callbacks.item.outcome.${callback.outcome ?? 'reached'}`)}
            </span>
          )}
          <span className="callback-item__due">
            {t('callbacks.item.deadline', { moment: moment(callback.deadlineAt) })}
          </span>
          <span className={`callback-item__for${callback.department ? '' : ' callback-item__for--kcc'}`}>
            {callback.department?.name ?? t('callbacks.item.kcc')}
          </span>
        </div>

        <div className="callback-item__main">
          <h2 id={headingId} className="callback-item__name">
            <Link to={`/conversations/${encodeURIComponent(callback.conversationId)}`}>
              {callback.contact.displayName || t('callbacks.item.unknownCitizen')}
            </Link>
          </h2>
          <dl className="callback-item__facts">
            <div>
              <dt>{t('callbacks.item.phone')}</dt>
              <dd>
                <a className="callback-item__phone" href={`tel:${callback.phone}`}>
                  {phone}
                </a>
              </dd>
            </div>
            <div>
              <dt>{t('callbacks.item.preferredMoment')}</dt>
              <dd className={callback.preferredMoment ? undefined : 'callback-item__muted'}>
                {callback.preferredMoment ?? t('callbacks.item.noPreference')}
              </dd>
            </div>
          </dl>
          <p className="callback-item__note">{callback.note}</p>
          {callback.attempts.length > 0 && (
            <div className="callback-item__attempts">
              <h3>{t('callbacks.item.attempts', { count: callback.attempts.length })}</h3>
              <ol>
                {callback.attempts.map((attempt, index) => (
                  <li key={`${attempt.at}-${index}`}>
                    <span className={`callback-attempt callback-attempt--${attempt.reached ? 'reached' : 'missed'}`}>
                      {t(attempt.reached ? 'callbacks.item.reached' : 'callbacks.item.notReached')}
                    </span>{' '}
                    {t('callbacks.item.attempt', { moment: moment(attempt.at), name: attempt.by.name })}
                    {attempt.note && <span className="callback-item__attempt-note"> — {attempt.note}</span>}
                  </li>
                ))}
              </ol>
            </div>
          )}
          <p className="callback-item__meta">
            {t('callbacks.item.booked', { name: callback.createdBy.name, moment: moment(callback.createdAt) })}
          </p>
          {!open && callback.completedAt && (
            <p className="callback-item__meta">
              {t('callbacks.item.done', {
                name: callback.completedBy?.name ?? '',
                moment: moment(callback.completedAt),
              })}
              {reachedInTime !== null && ` · ${t(reachedInTime ? 'callbacks.item.onTime' : 'callbacks.item.late')}`}
              {callback.outcomeNote && <span className="callback-item__outcome-note"> — {callback.outcomeNote}</span>}
            </p>
          )}
        </div>

        {open && (
          <div className="callback-item__actions">
            <button
              type="button"
              className="button"
              aria-haspopup="dialog"
              aria-label={t('callbacks.item.logAttemptLabel', { name: callback.contact.displayName })}
              onClick={onAttempt}
            >
              {t('callbacks.item.logAttempt')}
            </button>
            <button
              type="button"
              className="button"
              aria-haspopup="dialog"
              aria-label={t('callbacks.item.completeLabel', { name: callback.contact.displayName })}
              onClick={onComplete}
            >
              {t('callbacks.item.complete')}
            </button>
          </div>
        )}
      </article>
    </li>
  );
}
