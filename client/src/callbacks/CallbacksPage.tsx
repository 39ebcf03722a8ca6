import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { KCC_CALLBACKS, type CallbackDto, type CallbackStatus } from '@ingang/shared';
import { useCurrentUser } from '../auth/use-session';
import { useSlaNow } from '../sla/use-sla-now';
import { useSlaSettings } from '../sla/use-sla-settings';
import { errorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/LoadingState';
import { AttemptDialog } from './AttemptDialog';
import { CallbackItem } from './CallbackItem';
import type { CallbackFilter } from './callbacks-api';
import { CompleteDialog } from './CompleteDialog';
import { useActiveDepartments, useCallbackList, useCallbackLiveUpdates } from './use-callbacks';
import './callbacks.css';

type Action = { kind: 'attempt' | 'complete'; callback: CallbackDto };

/** /terugbellen: the callbacks to make, earliest deadline first, counting down in working time. */
export function CallbacksPage() {
  const { t } = useTranslation();
  const user = useCurrentUser().data;
  const [params, setParams] = useSearchParams();
  const departments = useActiveDepartments();
  const { calendar } = useSlaSettings();
  const now = useSlaNow();
  const [action, setAction] = useState<Action | null>(null);
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const id = useId();
  useCallbackLiveUpdates();

  // A back office sees its own department's callbacks only; webcare chooses (kept in the address, to share it).
  const ownDepartment = user?.role === 'backoffice' ? (user.departmentId ?? null) : null;
  const status: CallbackStatus = params.get('status') === 'done' ? 'done' : 'open';
  const who = ownDepartment ?? params.get('departmentId');
  const filter: CallbackFilter = {
    status,
    departmentId: who,
    mine: params.get('mine') === 'true',
    conversationId: null,
  };
  const list = useCallbackList(filter);
  const ownDepartmentName = departments.data?.find((department) => department.id === ownDepartment)?.name;

  const setParam = (name: string, value: string | null) => {
    setNotice('');
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );
  };

  const saved = (key: string) => (callback: CallbackDto) => {
    setAction(null);
    setNotice(t(key, { name: callback.contact.displayName }));
  };

  // A callback done leaves the open list, and with it the button that opened the dialog: focus goes to the notice.
  useEffect(() => {
    if (notice && document.activeElement === document.body) noticeRef.current?.focus();
  }, [notice, list.data]);

  return (
    <main className="callbacks-page" aria-labelledby={`${id}-title`}>
      <div className="callbacks-page__content">
        <div className="callbacks-page__heading">
          <Link className="callbacks-page__back" to="/">
            {t('callbacks.page.backToInbox')}
          </Link>
          <h1 id={`${id}-title`}>{t('callbacks.page.title')}</h1>
          <p className="callbacks-page__intro">
            {ownDepartment
              ? t('callbacks.page.introBackOffice', { department: ownDepartmentName ?? '' })
              : t('callbacks.page.intro')}
          </p>
        </div>

        <div className="callbacks-filters" role="group" aria-label={t('callbacks.page.filters')}>
          <div className="field">
            <label htmlFor={`${id}-status`}>{t('callbacks.page.status')}</label>
            <select
              id={`${id}-status`}
              value={status}
              onChange={(event) => setParam('status', event.target.value === 'done' ? 'done' : null)}
            >
              <option value="open">{t('callbacks.page.statuses.open')}</option>
              <option value="done">{t('callbacks.page.statuses.done')}</option>
            </select>
          </div>
          {ownDepartment === null && (
            <div className="field">
              <label htmlFor={`${id}-who`}>{t('callbacks.page.who')}</label>
              <select
                id={`${id}-who`}
                value={who ?? ''}
                onChange={(event) => setParam('departmentId', event.target.value || null)}
              >
                <option value="">{t('callbacks.page.everyone')}</option>
                <option value={KCC_CALLBACKS}>{t('callbacks.page.kcc')}</option>
                {(departments.data ?? []).map((department) => (
                  <option key={department.id} value={department.id}>
                    {department.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <label className="callbacks-filters__mine">
            <input
              type="checkbox"
              checked={filter.mine}
              onChange={(event) => setParam('mine', event.target.checked ? 'true' : null)}
            />
            {t('callbacks.page.mine')}
          </label>
        </div>

        <p ref={noticeRef} className="callbacks-page__notice" role="status" tabIndex={-1}>
          {notice}
        </p>

        {list.isPending && <LoadingState label={t('callbacks.page.loading')} />}
        {list.isError && (
          <div role="alert" className="form-error">
            <p>{errorMessage(list.error, t)}</p>
            <button type="button" className="button" onClick={() => void list.refetch()}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {list.data && (
          <>
            <p className="callbacks-page__count" aria-live="polite">
              {list.data.length === 0
                ? t('callbacks.page.empty')
                : t(`callbacks.page.count.${status}`, { count: list.data.length })}
            </p>
            <ol className="callback-list" aria-label={t('callbacks.page.title')}>
              {list.data.map((callback) => (
                <CallbackItem
                  key={callback.id}
                  callback={callback}
                  now={now}
                  calendar={calendar}
                  onAttempt={() => setAction({ kind: 'attempt', callback })}
                  onComplete={() => setAction({ kind: 'complete', callback })}
                />
              ))}
            </ol>
          </>
        )}
      </div>

      {action?.kind === 'attempt' && (
        <AttemptDialog
          callback={action.callback}
          onClose={() => setAction(null)}
          onSaved={saved('callbacks.attempt.saved')}
        />
      )}
      {action?.kind === 'complete' && (
        <CompleteDialog
          callback={action.callback}
          onClose={() => setAction(null)}
          onSaved={saved('callbacks.complete.saved')}
        />
      )}
    </main>
  );
}
