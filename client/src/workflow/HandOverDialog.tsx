import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummaryDto } from '@ingang/shared';
import { errorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/LoadingState';
import { handOverCandidates } from './hand-over';
import { useColleagues } from './use-workflow';
import { DialogActions } from './DialogActions';
import { Dialog } from '../ui/Dialog';

/** Choose the colleague to hand the conversation to; online colleagues first, since they can pick it up now. */
export function HandOverDialog({
  conversation,
  pending,
  error,
  onSubmit,
  onClose,
}: {
  conversation: ConversationSummaryDto;
  pending: boolean;
  error: string | null;
  onSubmit: (userId: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const colleagues = useColleagues();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const searchId = useId();
  const baseId = useId();
  const wanted = search.trim().toLowerCase();
  const candidates = handOverCandidates(colleagues.data ?? [], conversation).filter((colleague) =>
    colleague.name.toLowerCase().includes(wanted),
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen) onSubmit(chosen);
  };

  return (
    <Dialog title={t('workflow.handOver.title', { name: conversation.contact.displayName })} onClose={onClose}>
      <form className="workflow-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={searchId}>{t('workflow.handOver.search')}</label>
          <input
            id={searchId}
            type="text"
            value={search}
            autoComplete="off"
            data-autofocus
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        {colleagues.isPending && <LoadingState label={t('workflow.handOver.loading')} />}
        {colleagues.isError && (
          <p className="form-error" role="alert">
            {errorMessage(colleagues.error, t)}
          </p>
        )}
        {colleagues.isSuccess && (
          <fieldset className="colleague-choice">
            <legend>{t('workflow.handOver.colleague')}</legend>
            {candidates.length === 0 ? (
              <p className="message__muted">{t('workflow.handOver.none')}</p>
            ) : (
              <ul className="colleague-choice__list">
                {candidates.map((colleague) => (
                  <li key={colleague.id} className="colleague-choice__item">
                    <input
                      type="radio"
                      id={`${baseId}-${colleague.id}`}
                      name={`${baseId}-colleague`}
                      checked={chosen === colleague.id}
                      onChange={() => setChosen(colleague.id)}
                    />
                    <label htmlFor={`${baseId}-${colleague.id}`}>
                      <span className="colleague-choice__name">{colleague.name}</span>
                      <span
                        className={`presence-dot${colleague.online ? ' presence-dot--online' : ''}`}
                        aria-hidden="true"
                      />
                      <span className="colleague-choice__state">
                        {colleague.online ? t('workflow.online') : t('workflow.offline')}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </fieldset>
        )}
        <DialogActions
          error={error}
          submitLabel={t('workflow.handOver.submit')}
          ready={chosen !== null}
          pending={pending}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
