import { useTranslation } from 'react-i18next';

/** The end of a workflow dialog's form: what went wrong, then "Annuleren" and the form's own submit button. */
export function DialogActions({
  error,
  submitLabel,
  ready,
  pending,
  onCancel,
}: {
  error: string | null;
  submitLabel: string;
  ready: boolean;
  pending: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="workflow-form__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={!ready || pending}
          aria-busy={pending || undefined}
        >
          {submitLabel}
        </button>
      </div>
    </>
  );
}
