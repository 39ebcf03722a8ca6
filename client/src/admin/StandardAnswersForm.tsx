import {
  CHANNELS,
  MAX_STANDARD_ANSWER_BODY_LENGTH,
  MAX_STANDARD_ANSWER_TITLE_LENGTH,
  PLACEHOLDERS,
  type StandardAnswerDto,
} from '@ingang/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/http';
import { errorMessage } from '../ui/error-message';
import { issuesOfDetails } from './sla-field-errors';
import { StandardAnswerPreview } from './standard-answer-preview';
import {
  changesOf,
  emptyStandardAnswerForm,
  insertAtSelection,
  standardAnswerErrorsOf,
  standardAnswerFormFor,
  validateStandardAnswerForm,
  type StandardAnswerField,
  type StandardAnswerFieldErrors,
  type StandardAnswerFormState,
} from './standard-answer-form';
import { useCreateStandardAnswer, useUpdateStandardAnswer } from './standard-answer-queries';

/** Add a standard answer (`answer` null) or change one, with a live preview of its placeholders filled in. */
export function StandardAnswersForm({
  answer,
  onSaved,
  onCancel,
}: {
  answer: StandardAnswerDto | null;
  onSaved: (answer: StandardAnswerDto) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<StandardAnswerFormState>(() =>
    answer ? standardAnswerFormFor(answer) : emptyStandardAnswerForm(),
  );
  const [errors, setErrors] = useState<StandardAnswerFieldErrors>({});
  const create = useCreateStandardAnswer();
  const update = useUpdateStandardAnswer();
  const mutation = answer ? update : create;
  const formRef = useRef<HTMLFormElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const focusFirstError = useRef(false);
  const pendingCaret = useRef<number | null>(null);
  const id = useId();

  useEffect(() => {
    if (!focusFirstError.current) return;
    focusFirstError.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  useEffect(() => {
    const caret = pendingCaret.current;
    if (caret === null || !bodyRef.current) return;
    pendingCaret.current = null;
    bodyRef.current.focus();
    bodyRef.current.setSelectionRange(caret, caret);
  }, [form.body]);

  const showErrors = (next: StandardAnswerFieldErrors) => {
    focusFirstError.current = true;
    setErrors(next);
  };

  const edit = (changes: Partial<StandardAnswerFormState>) => {
    setForm((current) => ({ ...current, ...changes }));
    if (Object.keys(changes).some((field) => field in errors)) {
      setErrors(Object.fromEntries(Object.entries(errors).filter(([field]) => !(field in changes))));
    }
  };

  const insertPlaceholder = (name: string) => {
    const textarea = bodyRef.current;
    const selection = textarea
      ? { start: textarea.selectionStart, end: textarea.selectionEnd }
      : { start: form.body.length, end: form.body.length };
    const inserted = insertAtSelection(form.body, selection, `{{${name}}}`);
    pendingCaret.current = inserted.caret;
    edit({ body: inserted.text });
  };

  const onError = (error: Error) => {
    if (isApiError(error, 'VALIDATION_FAILED')) showErrors(standardAnswerErrorsOf(issuesOfDetails(error.details)));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.reset();
    const validation = validateStandardAnswerForm(form);
    if (!validation.valid) {
      showErrors(validation.errors);
      return;
    }
    setErrors({});
    if (answer) {
      update.mutate({ id: answer.id, request: changesOf(answer, validation.answer) }, { onSuccess: onSaved, onError });
    } else {
      create.mutate(validation.answer, { onSuccess: onSaved, onError });
    }
  };

  const fieldId = (field: StandardAnswerField) => `${id}-${field}`;
  const errorText = (field: StandardAnswerField) => {
    const error = errors[field];
    return error && t(`admin.knowledge.errors.${error.key}`, error.values);
  };
  const describedBy = (field: StandardAnswerField, hint: boolean) =>
    [hint && `${fieldId(field)}-hint`, errors[field] && `${fieldId(field)}-error`].filter(Boolean).join(' ') ||
    undefined;
  const fieldError = (field: StandardAnswerField) =>
    errors[field] && (
      <p className="form-error" id={`${fieldId(field)}-error`}>
        {errorText(field)}
      </p>
    );

  const otherError =
    mutation.isError && !isApiError(mutation.error, 'VALIDATION_FAILED') ? errorMessage(mutation.error, t) : null;
  const invalidCount = Object.keys(errors).length;

  return (
    <form ref={formRef} className="admin-form knowledge-form" onSubmit={submit} noValidate>
      <div className="knowledge-form__fields">
        <div className="field">
          <label htmlFor={fieldId('title')}>{t('admin.knowledge.form.title')}</label>
          <input
            id={fieldId('title')}
            type="text"
            required
            autoComplete="off"
            maxLength={MAX_STANDARD_ANSWER_TITLE_LENGTH}
            value={form.title}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={describedBy('title', true)}
            onChange={(event) => edit({ title: event.target.value })}
            data-autofocus
          />
          <p className="field__hint" id={`${fieldId('title')}-hint`}>
            {t('admin.knowledge.form.titleHint')}
          </p>
          {fieldError('title')}
        </div>

        <div className="field">
          <label htmlFor={fieldId('body')}>{t('admin.knowledge.form.body')}</label>
          <div className="knowledge-form__insert" role="group" aria-label={t('admin.knowledge.form.insertLabel')}>
            <span aria-hidden="true">{t('admin.knowledge.form.insert')}</span>
            {PLACEHOLDERS.map((name) => (
              <button
                key={name}
                type="button"
                className="placeholder-chip"
                title={t(`admin.knowledge.placeholders.${name}`)}
                aria-label={t('admin.knowledge.form.insertPlaceholder', {
                  placeholder: `{{${name}}}`,
                  meaning: t(`admin.knowledge.placeholders.${name}`),
                })}
                onClick={() => insertPlaceholder(name)}
              >
                {`{{${name}}}`}
              </button>
            ))}
          </div>
          <textarea
            ref={bodyRef}
            id={fieldId('body')}
            required
            rows={8}
            maxLength={MAX_STANDARD_ANSWER_BODY_LENGTH}
            value={form.body}
            aria-invalid={errors.body ? true : undefined}
            aria-describedby={describedBy('body', true)}
            onChange={(event) => edit({ body: event.target.value })}
          />
          <p className="field__hint" id={`${fieldId('body')}-hint`}>
            {t('admin.knowledge.form.bodyHint')}
          </p>
          {fieldError('body')}
        </div>

        <div className="field">
          <label htmlFor={fieldId('keywords')}>{t('admin.knowledge.form.keywords')}</label>
          <input
            id={fieldId('keywords')}
            type="text"
            autoComplete="off"
            value={form.keywords}
            aria-invalid={errors.keywords ? true : undefined}
            aria-describedby={describedBy('keywords', true)}
            onChange={(event) => edit({ keywords: event.target.value })}
          />
          <p className="field__hint" id={`${fieldId('keywords')}-hint`}>
            {t('admin.knowledge.form.keywordsHint')}
          </p>
          {fieldError('keywords')}
        </div>

        <fieldset className="knowledge-form__channels" aria-describedby={`${fieldId('channels')}-hint`}>
          <legend>{t('admin.knowledge.form.channels')}</legend>
          {CHANNELS.map((channel) => (
            <label key={channel} className="knowledge-form__channel">
              <input
                type="checkbox"
                checked={form.channels.includes(channel)}
                onChange={(event) =>
                  edit({
                    channels: event.target.checked
                      ? [...form.channels, channel]
                      : form.channels.filter((each) => each !== channel),
                  })
                }
              />
              {t(`channel.${channel}`)}
            </label>
          ))}
          <p className="field__hint" id={`${fieldId('channels')}-hint`}>
            {t('admin.knowledge.form.channelsHint')}
          </p>
          {fieldError('channels')}
        </fieldset>
      </div>

      <StandardAnswerPreview body={form.body} channels={form.channels} />

      <div className="knowledge-form__actions">
        {(otherError || invalidCount > 0) && (
          <p className="form-error" role="alert">
            {otherError ?? t('admin.knowledge.form.invalid', { count: invalidCount })}
          </p>
        )}
        <div className="admin-form__actions">
          <button type="submit" className="button button--primary" disabled={mutation.isPending}>
            {mutation.isPending
              ? t('admin.knowledge.form.saving')
              : t(answer ? 'admin.knowledge.form.save' : 'admin.knowledge.form.submit')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('admin.knowledge.form.cancel')}
          </button>
        </div>
      </div>
    </form>
  );
}
