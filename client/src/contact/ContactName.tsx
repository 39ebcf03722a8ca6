import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../ui/error-message';
import { useRenameContact } from './use-contacts';

const MAX_NAME_LENGTH = 200;

/** The citizen's name, and "Naam wijzigen" to correct it (a chat name like "🌻 Mariska" is not a name). */
export function ContactName({
  contactId,
  displayName,
  onRenamed,
}: {
  contactId: string;
  displayName: string;
  onRenamed: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const rename = useRenameContact(contactId);
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(displayName);
  const inputId = useId();
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // Back to the button that opened the form, so the keyboard user does not start over at the top.
  useEffect(() => {
    if (wasEditing.current && !editing) editButtonRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const start = () => {
    setValue(displayName);
    rename.reset();
    setEditing(true);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = value.trim();
    if (name.length === 0 || rename.isPending) return;
    if (name === displayName) {
      setEditing(false);
      return;
    }
    rename.mutate(name, {
      onSuccess: (contact) => {
        setEditing(false);
        onRenamed(t('contactPanel.rename.done', { name: contact.displayName }));
      },
    });
  };

  if (!editing) {
    return (
      <div className="contact-name">
        <p className="contact-name__value">{displayName}</p>
        <button ref={editButtonRef} type="button" className="button button--quiet button--small" onClick={start}>
          {t('contactPanel.rename.open')}
        </button>
      </div>
    );
  }

  return (
    <form className="contact-form" onSubmit={onSubmit}>
      <div className="field">
        <label htmlFor={inputId}>{t('contactPanel.rename.label')}</label>
        <input
          id={inputId}
          type="text"
          value={value}
          maxLength={MAX_NAME_LENGTH}
          required
          autoFocus
          autoComplete="off"
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setEditing(false);
          }}
        />
      </div>
      {rename.isError && (
        <p className="form-error" role="alert">
          {errorMessage(rename.error, t)}
        </p>
      )}
      <div className="contact-form__actions">
        <button type="button" className="button button--quiet button--small" onClick={() => setEditing(false)}>
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={value.trim().length === 0 || rename.isPending}
          aria-busy={rename.isPending || undefined}
        >
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
