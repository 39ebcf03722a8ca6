import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPhoneNumber, type CallbackDto } from '@ingang/shared';
import { isApiError } from '../api/http';
import { errorMessage } from '../ui/error-message';
import { Dialog } from '../ui/Dialog';
import { useLogAttempt } from './use-callbacks';

/** One try to call the citizen: reached or not, with a note ("voicemail ingesproken"). */
export function AttemptDialog({
  callback,
  onClose,
  onSaved,
}: {
  callback: CallbackDto;
  onClose: () => void;
  onSaved: (callback: CallbackDto) => void;
}) {
  const { t } = useTranslation();
  const logAttempt = useLogAttempt();
  const [reached, setReached] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  const [missingResult, setMissingResult] = useState(false);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (logAttempt.isPending) return;
    if (reached === null) {
      setMissingResult(true);
      document.getElementById(`${id}-reached`)?.focus();
      return;
    }
    logAttempt.mutate({ id: callback.id, request: { reached, note: note.trim() } }, { onSuccess: onSaved });
  };

  return (
    <Dialog
      title={t('callbacks.attempt.title')}
      description={t('callbacks.dialogAbout', {
        name: callback.contact.displayName,
        phone: formatPhoneNumber(callback.phone),
      })}
      onClose={onClose}
    >
      <form className="callback-form" onSubmit={submit} noValidate>
        <fieldset
          className="callback-form__choices"
          aria-invalid={missingResult ? true : undefined}
          aria-describedby={missingResult ? `${id}-missing` : undefined}
        >
          <legend className="field__label">{t('callbacks.attempt.result')}</legend>
          {[true, false].map((value) => (
            <label key={String(value)} className="callback-form__choice">
              <input
                id={value ? `${id}-reached` : undefined}
                type="radio"
                name={`${id}-result`}
                checked={reached === value}
                onChange={() => {
                  setReached(value);
                  setMissingResult(false);
                }}
              />
              {t(value ? 'callbacks.attempt.reached' : 'callbacks.attempt.notReached')}
            </label>
          ))}
          {missingResult && (
            <p id={`${id}-missing`} className="callback-form__problem">
              {t('callbacks.attempt.chooseResult')}
            </p>
          )}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('callbacks.attempt.note')}</label>
          <textarea
            id={`${id}-note`}
            rows={3}
            maxLength={2000}
            value={note}
            aria-describedby={`${id}-note-hint`}
            onChange={(event) => setNote(event.target.value)}
          />
          <p id={`${id}-note-hint`} className="field__hint">
            {t('callbacks.attempt.noteHint')}
          </p>
        </div>
        {logAttempt.error && (
          <p className="form-error" role="alert">
            {isApiError(logAttempt.error, 'CONFLICT') ? t('callbacks.conflict') : errorMessage(logAttempt.error, t)}
          </p>
        )}
        <div className="callback-form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" aria-busy={logAttempt.isPending || undefined}>
            {t('callbacks.attempt.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
