import { MAX_LIST_NAME_LENGTH, OUTCOME_KINDS, type OutcomeKind, type TopicDto } from '@ingang/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/http';
import { errorMessage } from '../ui/error-message';
import { issuesOfDetails } from './sla-field-errors';
import {
  entryChanges,
  entryErrorsOf,
  validateEntryForm,
  type EntryField,
  type EntryFieldErrors,
  type EntryFormState,
} from './topic-form';
import { useCreateEntry, useUpdateEntry, type NamedListConfig } from './topic-queries';

type Entry = TopicDto & { kind?: OutcomeKind };

/** Add an entry to a list (`entry` null) or rename one; an outcome also has its kind. */
export function TopicsEntryForm<E extends Entry>({
  list,
  entry,
  onSaved,
  onCancel,
}: {
  list: NamedListConfig<E>;
  entry: E | null;
  onSaved: (entry: E) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<EntryFormState>({ name: entry?.name ?? '', kind: entry?.kind ?? '' });
  const [errors, setErrors] = useState<EntryFieldErrors>({});
  const create = useCreateEntry(list);
  const update = useUpdateEntry(list);
  const mutation = entry ? update : create;
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useRef(false);
  const id = useId();
  const prefix = `admin.topics.${list.name}`;

  useEffect(() => {
    if (!focusFirstError.current) return;
    focusFirstError.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const showErrors = (next: EntryFieldErrors) => {
    focusFirstError.current = true;
    setErrors(next);
  };

  const edit = (changes: Partial<EntryFormState>) => {
    setForm({ ...form, ...changes });
    if (Object.keys(changes).some((field) => field in errors)) {
      setErrors(Object.fromEntries(Object.entries(errors).filter(([field]) => !(field in changes))));
    }
  };

  const onError = (error: Error) => {
    if (isApiError(error, 'VALIDATION_FAILED')) showErrors(entryErrorsOf(issuesOfDetails(error.details)));
    else if (isApiError(error, 'ALREADY_EXISTS')) showErrors({ name: { key: 'exists' } });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.reset();
    const validation = validateEntryForm(form, list.withKind);
    if (!validation.valid) {
      showErrors(validation.errors);
      return;
    }
    setErrors({});
    if (entry) {
      const request = entryChanges(entry, validation.entry);
      if (Object.keys(request).length === 0) return onSaved(entry);
      update.mutate({ id: entry.id, request }, { onSuccess: onSaved, onError });
    } else {
      create.mutate(validation.entry, { onSuccess: onSaved, onError });
    }
  };

  const fieldId = (field: EntryField) => `${id}-${field}`;
  const errorOf = (field: EntryField) => {
    const error = errors[field];
    if (!error) return null;
    return (
      <p className="form-error" id={`${fieldId(field)}-error`}>
        {t(`admin.topics.errors.${error.key}`, error.values)}
      </p>
    );
  };
  const otherError =
    mutation.isError &&
    !isApiError(mutation.error, 'VALIDATION_FAILED') &&
    !isApiError(mutation.error, 'ALREADY_EXISTS')
      ? errorMessage(mutation.error, t)
      : null;

  return (
    <form ref={formRef} className="admin-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={fieldId('name')}>{t(`${prefix}.form.name`)}</label>
        <input
          id={fieldId('name')}
          type="text"
          required
          autoComplete="off"
          maxLength={MAX_LIST_NAME_LENGTH}
          value={form.name}
          data-autofocus
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${fieldId('name')}-error` : undefined}
          onChange={(event) => edit({ name: event.target.value })}
        />
        {errorOf('name')}
      </div>

      {list.withKind && (
        <div className="field">
          <label htmlFor={fieldId('kind')}>{t('admin.topics.outcomes.form.kind')}</label>
          <select
            id={fieldId('kind')}
            required
            value={form.kind}
            aria-invalid={errors.kind ? true : undefined}
            aria-describedby={[`${fieldId('kind')}-hint`, errors.kind && `${fieldId('kind')}-error`]
              .filter(Boolean)
              .join(' ')}
            onChange={(event) => edit({ kind: event.target.value as OutcomeKind | '' })}
          >
            <option value="" disabled>
              {t('admin.topics.outcomes.form.chooseKind')}
            </option>
            {OUTCOME_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`admin.topics.kinds.${kind}`)}
              </option>
            ))}
          </select>
          <p className="field__hint" id={`${fieldId('kind')}-hint`}>
            {t('admin.topics.outcomes.form.kindHint')}
          </p>
          {errorOf('kind')}
        </div>
      )}

      {otherError && (
        <p className="form-error" role="alert">
          {otherError}
        </p>
      )}

      <div className="admin-form__actions">
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>
          {mutation.isPending
            ? t('admin.topics.form.saving')
            : t(entry ? 'admin.topics.form.save' : 'admin.topics.form.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('admin.topics.form.cancel')}
        </button>
      </div>
    </form>
  );
}
