import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { slaDeadline, type CallbackDto, type ContactIdentityDto, type ConversationSummaryDto } from '@ingang/shared';
import { useCurrentUser } from '../auth/use-session';
import { formatDay, formatTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { useSlaNow } from '../sla/use-sla-now';
import { useSlaSettings } from '../sla/use-sla-settings';
import { errorMessage } from '../ui/error-message';
import {
  callbackRequestOf,
  serverFieldErrors,
  suggestedPhone,
  type CallbackField,
  type CallbackFormErrors,
  type CallbackFormValues,
} from './callback-form';
import { Dialog } from '../ui/Dialog';
import { useActiveDepartments, useCreateCallback } from './use-callbacks';

const FIELD_ORDER: CallbackField[] = ['phone', 'preferredMoment', 'note', 'departmentId'];

/** "Terugbelverzoek": the number (the WhatsApp number when known), when the citizen prefers, what about, who calls. */
export function CallbackDialog({
  conversation,
  identities,
  onClose,
  onBooked,
}: {
  conversation: ConversationSummaryDto;
  identities: readonly ContactIdentityDto[] | undefined;
  onClose: () => void;
  onBooked: (callback: CallbackDto) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const user = useCurrentUser().data;
  const departments = useActiveDepartments();
  const { calendar, callback: policy } = useSlaSettings();
  const now = useSlaNow();
  const create = useCreateCallback(conversation.id);
  const ownDepartment = user?.role === 'backoffice' ? user.departmentId : null;
  const [values, setValues] = useState<CallbackFormValues>(() => ({
    phone: suggestedPhone(conversation, identities),
    preferredMoment: '',
    note: '',
    departmentId: ownDepartment ?? '',
  }));
  const [prefilled] = useState(() => values.phone !== '');
  const [errors, setErrors] = useState<CallbackFormErrors>({});
  const id = useId();
  const fieldId = (field: CallbackField) => `${id}-${field}`;
  const deadline = slaDeadline(calendar, policy, now);

  const change = (field: CallbackField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (errors[field]) setErrors(({ [field]: _fixed, ...rest }) => rest);
  };

  const showErrors = (found: CallbackFormErrors) => {
    setErrors(found);
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) document.getElementById(fieldId(first))?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const result = callbackRequestOf(values);
    if ('errors' in result) return showErrors(result.errors);
    create.mutate(result.request, { onSuccess: onBooked, onError: (error) => showErrors(serverFieldErrors(error)) });
  };

  // Hint and problem are both read with the field.
  const describedBy = (field: CallbackField, hint: boolean) =>
    [hint ? `${fieldId(field)}-hint` : '', errors[field] ? `${fieldId(field)}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  const problem = (field: CallbackField) =>
    errors[field] && (
      <p id={`${fieldId(field)}-error`} className="callback-form__problem">
        {t(`callbacks.form.problem.${errors[field]}`)}
      </p>
    );
  const generalError = create.error && Object.keys(serverFieldErrors(create.error)).length === 0 ? create.error : null;

  return (
    <Dialog
      title={t('callbacks.form.title')}
      description={t('callbacks.form.description', { name: conversation.contact.displayName })}
      onClose={onClose}
    >
      <form className="callback-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={fieldId('phone')}>{t('callbacks.form.phone')}</label>
          <input
            id={fieldId('phone')}
            type="tel"
            autoComplete="off"
            maxLength={40}
            value={values.phone}
            aria-invalid={errors.phone ? true : undefined}
            aria-describedby={describedBy('phone', true)}
            onChange={(event) => change('phone', event.target.value)}
          />
          <p id={`${fieldId('phone')}-hint`} className="field__hint">
            {prefilled ? t('callbacks.form.phonePrefilled') : t('callbacks.form.phoneHint')}
          </p>
          {problem('phone')}
        </div>
        <div className="field">
          <label htmlFor={fieldId('preferredMoment')}>{t('callbacks.form.preferredMoment')}</label>
          <input
            id={fieldId('preferredMoment')}
            type="text"
            maxLength={100}
            value={values.preferredMoment}
            aria-invalid={errors.preferredMoment ? true : undefined}
            aria-describedby={describedBy('preferredMoment', true)}
            onChange={(event) => change('preferredMoment', event.target.value)}
          />
          <p id={`${fieldId('preferredMoment')}-hint`} className="field__hint">
            {t('callbacks.form.preferredMomentHint')}
          </p>
          {problem('preferredMoment')}
        </div>
        <div className="field">
          <label htmlFor={fieldId('note')}>{t('callbacks.form.note')}</label>
          <textarea
            id={fieldId('note')}
            rows={4}
            maxLength={2000}
            value={values.note}
            aria-invalid={errors.note ? true : undefined}
            aria-describedby={describedBy('note', true)}
            onChange={(event) => change('note', event.target.value)}
          />
          <p id={`${fieldId('note')}-hint`} className="field__hint">
            {t('callbacks.form.noteHint')}
          </p>
          {problem('note')}
        </div>
        <div className="field">
          <label htmlFor={fieldId('departmentId')}>{t('callbacks.form.department')}</label>
          <select
            id={fieldId('departmentId')}
            value={values.departmentId}
            aria-invalid={errors.departmentId ? true : undefined}
            aria-describedby={describedBy('departmentId', false)}
            onChange={(event) => change('departmentId', event.target.value)}
          >
            {ownDepartment === null && <option value="">{t('callbacks.form.kcc')}</option>}
            {(departments.data ?? [])
              .filter((department) => ownDepartment === null || department.id === ownDepartment)
              .map((department) => (
                <option key={department.id} value={department.id}>
                  {department.name}
                </option>
              ))}
          </select>
          {problem('departmentId')}
        </div>
        {deadline && (
          <p className="callback-form__deadline">
            <strong>
              {t('callbacks.form.deadline', {
                day: formatDay(deadline, language),
                time: formatTime(deadline, language),
              })}
            </strong>{' '}
            <span className="field__hint">
              {t('callbacks.form.deadlineHint', {
                hours: new Intl.NumberFormat(language).format(policy.answerWithinHours),
              })}
            </span>
          </p>
        )}
        {generalError && (
          <p className="form-error" role="alert">
            {errorMessage(generalError, t)}
          </p>
        )}
        <div className="callback-form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" aria-busy={create.isPending || undefined}>
            {create.isPending ? t('callbacks.form.submitting') : t('callbacks.form.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
