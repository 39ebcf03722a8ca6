import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummaryDto, ResolveRequest } from '@ingang/shared';
import { useStandardAnswerSearch } from '../knowledge/use-standard-answers';
import { errorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/LoadingState';
import { useOutcomes } from './use-workflow';
import { DialogActions } from './DialogActions';
import { Dialog } from '../ui/Dialog';

/** Resolving records the outcome (gespreksresultaat) and, optionally, the standard answers that were used. */
export function ResolveDialog({
  conversation,
  pending,
  error,
  onSubmit,
  onClose,
}: {
  conversation: ConversationSummaryDto;
  pending: boolean;
  error: string | null;
  onSubmit: (request: ResolveRequest) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const outcomes = useOutcomes();
  const [outcomeId, setOutcomeId] = useState('');
  const [search, setSearch] = useState('');
  const [used, setUsed] = useState<Map<string, string>>(new Map());
  const answers = useStandardAnswerSearch(search, conversation.channel, true);
  const outcomeFieldId = useId();
  const searchId = useId();
  const baseId = useId();

  // The chosen answers stay listed while the search shows others.
  const listed = new Map(used);
  for (const answer of answers.data ?? []) listed.set(answer.id, answer.title);

  const toggle = (id: string, title: string, checked: boolean) =>
    setUsed((current) => {
      const next = new Map(current);
      if (checked) next.set(id, title);
      else next.delete(id);
      return next;
    });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!outcomeId || pending) return;
    onSubmit({ outcomeId, standardAnswerIds: [...used.keys()] });
  };

  return (
    <Dialog title={t('workflow.resolve.title', { name: conversation.contact.displayName })} onClose={onClose}>
      <form className="workflow-form" onSubmit={submit}>
        {outcomes.isPending && <LoadingState label={t('workflow.resolve.loading')} />}
        {outcomes.isError && (
          <p className="form-error" role="alert">
            {errorMessage(outcomes.error, t)}
          </p>
        )}
        <div className="field">
          <label htmlFor={outcomeFieldId}>{t('workflow.resolve.outcome')}</label>
          <select
            id={outcomeFieldId}
            value={outcomeId}
            required
            data-autofocus
            onChange={(event) => setOutcomeId(event.target.value)}
          >
            <option value="">{t('workflow.resolve.chooseOutcome')}</option>
            {outcomes.data?.map((outcome) => (
              <option key={outcome.id} value={outcome.id}>
                {outcome.name}
              </option>
            ))}
          </select>
          {outcomes.isSuccess && outcomes.data.length === 0 && (
            <span className="field__hint">{t('workflow.resolve.noOutcomes')}</span>
          )}
        </div>
        {!answers.isError && (
          <fieldset className="standard-answers-used">
            <legend>{t('workflow.resolve.standardAnswers')}</legend>
            <div className="field">
              <label htmlFor={searchId}>{t('workflow.resolve.searchAnswers')}</label>
              <input
                id={searchId}
                type="text"
                value={search}
                autoComplete="off"
                onChange={(event) => setSearch(event.target.value)}
              />
            </div>
            {listed.size === 0 && !answers.isPending && (
              <p className="message__muted">{t('workflow.resolve.noAnswers')}</p>
            )}
            <ul className="standard-answers-used__list">
              {[...listed].map(([id, title]) => (
                <li key={id} className="checkbox-field">
                  <input
                    id={`${baseId}-${id}`}
                    type="checkbox"
                    checked={used.has(id)}
                    onChange={(event) => toggle(id, title, event.target.checked)}
                  />
                  <label htmlFor={`${baseId}-${id}`}>{title}</label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        <DialogActions
          error={error}
          submitLabel={t('workflow.resolve.submit')}
          ready={outcomeId !== ''}
          pending={pending}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
