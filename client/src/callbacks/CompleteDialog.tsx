import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CALLBACK_OUTCOMES, formatPhoneNumber, type CallbackDto, type CallbackOutcome } from '@ingang/shared';
import { isApiError } from '../api/http';
import { errorMessage } from '../ui/error-message';
import { Dialog } from '../ui/Dialog';
import { useCompleteCallback } from './use-callbacks';

type Problem = 'chooseOutcome' | 'reasonNeeded';

/** Done: reached, not reached (given up), or cancelled with the reason. */
export function CompleteDialog({
  callback,
  onClose,
  onSaved,
}: {
  callback: CallbackDto;
  onClose: () => void;
  onSaved: (callback: CallbackDto) => void;
}) {
  const { t } = useTranslation();
  const complete = useCompleteCallback();
  // Once someone spoke to the citizen, that is the likely outcome; otherwise the agent chooses.
  const [outcome, setOutcome] = useState<CallbackOutcome | null>(callback.firstReachedAt ? 'reached' : null);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (complete.isPending) return;
    if (outcome === null) {
      setProblem('chooseOutcome');
      document.getElementById(`${id}-${CALLBACK_OUTCOMES[0]}`)?.focus();
      return;
    }
    if (outcome === 'cancelled' && note.trim() === '') {
      setProblem('reasonNeeded');
      document.getElementById(`${id}-note`)?.focus();
      return;
    }
    complete.mutate({ id: callback.id, request: { outcome, note: note.trim() } }, { onSuccess: onSaved });
  };

  return (
    <Dialog
      title={t('callbacks.complete.title')}
      description={t('callbacks.dialogAbout', {
        name: callback.contact.displayName,
        phone: formatPhoneNumber(callback.phone),
      })}
      onClose={onClose}
    >
      <form className="callback-form" onSubmit={submit} noValidate>
        <fieldset
          className="callback-form__choices"
          aria-describedby={problem === 'chooseOutcome' ? `${id}-problem` : undefined}
        >
          <legend className="field__label">{t('callbacks.complete.outcome')}</legend>
          {CALLBACK_OUTCOMES.map((value) => (
            <label key={value} className="callback-form__choice">
              <input
                id={`${id}-${value}`}
                type="radio"
                name={`${id}-outcome`}
                checked={outcome === value}
                onChange={() => {
                  setOutcome(value);
                  setProblem(null);
                }}
              />
              {t(`callbacks.complete.outcomes.${value}`)}
            </label>
          ))}
          {problem === 'chooseOutcome' && (
            <p id={`${id}-problem`} className="callback-form__problem">
              {t('callbacks.complete.chooseOutcome')}
            </p>
          )}
        </fieldset>
        {outcome === 'reached' && !callback.firstReachedAt && (
          <p className="field__hint">{t('callbacks.complete.reachedHint')}</p>
        )}
        <div className="field">
          <label htmlFor={`${id}-note`}>
            {t(outcome === 'cancelled' ? 'callbacks.complete.reason' : 'callbacks.complete.note')}
          </label>
          <textarea
            id={`${id}-note`}
            rows={3}
            maxLength={2000}
            value={note}
            aria-invalid={problem === 'reasonNeeded' ? true : undefined}
            aria-describedby={`${id}-note-hint${problem === 'reasonNeeded' ? ` ${id}-reason` : ''}`}
            onChange={(event) => {
              setNote(event.target.value);
              if (problem === 'reasonNeeded') setProblem(null);
            }}
          />
          <p id={`${id}-note-hint`} className="field__hint">
            {t('callbacks.complete.noteHint')}
          </p>
          {problem === 'reasonNeeded' && (
            <p id={`${id}-reason`} className="callback-form__problem">
              {t('callbacks.complete.reasonNeeded')}
            </p>
          )}
        </div>
        {complete.error && (
          <p className="form-error" role="alert">
            {isApiError(complete.error, 'CONFLICT') ? t('callbacks.conflict') : errorMessage(complete.error, t)}
          </p>
        )}
        <div className="callback-form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" aria-busy={complete.isPending || undefined}>
            {t('callbacks.complete.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
