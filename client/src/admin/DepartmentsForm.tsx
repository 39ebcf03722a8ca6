import { MAX_DEPARTMENT_NAME_LENGTH, type DepartmentDto, type SlaPolicy } from '@ingang/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/http';
import { errorMessage } from '../ui/error-message';
import {
  changesOf,
  departmentErrorsOf,
  departmentFormFor,
  emptyDepartmentForm,
  validateDepartmentForm,
  type DepartmentField,
  type DepartmentFieldErrors,
  type DepartmentFormState,
} from './department-form';
import { useCreateDepartment, useUpdateDepartment } from './department-queries';
import { issuesOfDetails } from './sla-field-errors';

/** Add a department (`department` null) or change one: its name, and the default or its own escalation deadline. */
export function DepartmentsForm({
  department,
  defaultPolicy,
  onSaved,
  onCancel,
}: {
  department: DepartmentDto | null;
  defaultPolicy: SlaPolicy;
  onSaved: (department: DepartmentDto) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<DepartmentFormState>(() =>
    department ? departmentFormFor(department, defaultPolicy) : emptyDepartmentForm(defaultPolicy),
  );
  const [errors, setErrors] = useState<DepartmentFieldErrors>({});
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  const mutation = department ? update : create;
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useRef(false);
  const id = useId();
  const hours = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });

  useEffect(() => {
    if (!focusFirstError.current) return;
    focusFirstError.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const showErrors = (next: DepartmentFieldErrors) => {
    focusFirstError.current = true;
    setErrors(next);
  };

  const edit = (changes: Partial<DepartmentFormState>) => {
    setForm({ ...form, ...changes });
    // An input's error goes once it is edited; the hours' errors also go with the hours themselves.
    const cleared = (field: string) =>
      field in changes || ('ownPolicy' in changes && (field === 'answerWithinHours' || field === 'atRiskHours'));
    if (Object.keys(errors).some(cleared)) {
      setErrors(Object.fromEntries(Object.entries(errors).filter(([field]) => !cleared(field))));
    }
  };

  const onError = (error: Error) => {
    if (isApiError(error, 'VALIDATION_FAILED')) showErrors(departmentErrorsOf(issuesOfDetails(error.details)));
    else if (isApiError(error, 'ALREADY_EXISTS')) showErrors({ name: { key: 'exists' } });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.reset();
    const validation = validateDepartmentForm(form);
    if (!validation.valid) {
      showErrors(validation.errors);
      return;
    }
    setErrors({});
    if (department) {
      const request = changesOf(department, validation.department);
      update.mutate({ id: department.id, request }, { onSuccess: onSaved, onError });
    } else {
      create.mutate(validation.department, { onSuccess: onSaved, onError });
    }
  };

  const fieldId = (field: DepartmentField | 'ownPolicy') => `${id}-${field}`;
  const errorText = (field: DepartmentField) => {
    const error = errors[field];
    return error && t(`admin.departments.errors.${error.key}`, error.values);
  };
  const describedBy = (field: DepartmentField, hint: boolean) =>
    [hint && `${fieldId(field)}-hint`, errors[field] && `${fieldId(field)}-error`].filter(Boolean).join(' ') ||
    undefined;

  const textField = (
    field: DepartmentField,
    label: string,
    options: { hint?: string; decimal?: boolean; maxLength?: number },
  ) => (
    <div className="field">
      <label htmlFor={fieldId(field)}>{label}</label>
      <input
        id={fieldId(field)}
        type="text"
        inputMode={options.decimal ? 'decimal' : undefined}
        required
        autoComplete="off"
        spellCheck={options.decimal ? false : undefined}
        maxLength={options.maxLength}
        value={form[field]}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={describedBy(field, options.hint !== undefined)}
        onChange={(event) => edit({ [field]: event.target.value })}
      />
      {options.hint && (
        <p className="field__hint" id={`${fieldId(field)}-hint`}>
          {options.hint}
        </p>
      )}
      {errors[field] && (
        <p className="form-error" id={`${fieldId(field)}-error`}>
          {errorText(field)}
        </p>
      )}
    </div>
  );

  // Field errors are named beside their inputs; this says what went wrong otherwise (no connection, no rights).
  const otherError =
    mutation.isError &&
    !isApiError(mutation.error, 'VALIDATION_FAILED') &&
    !isApiError(mutation.error, 'ALREADY_EXISTS')
      ? errorMessage(mutation.error, t)
      : null;
  const invalidCount = Object.keys(errors).length;

  return (
    <form ref={formRef} className="admin-form" onSubmit={submit} noValidate>
      {textField('name', t('admin.departments.form.name'), { maxLength: MAX_DEPARTMENT_NAME_LENGTH })}

      <div className="admin-form__check">
        <input
          id={fieldId('ownPolicy')}
          type="checkbox"
          checked={form.ownPolicy}
          aria-describedby={`${fieldId('ownPolicy')}-hint`}
          onChange={(event) => {
            const own = event.target.checked;
            if (!own) return edit({ ownPolicy: false });
            // Starts from the deadline that applies now, which the administrator then shortens or lengthens.
            const start = department?.escalationPolicy ?? defaultPolicy;
            edit({
              ownPolicy: true,
              answerWithinHours: String(start.answerWithinHours),
              atRiskHours: String(start.atRiskHours),
            });
          }}
        />
        <label htmlFor={fieldId('ownPolicy')}>{t('admin.departments.form.ownPolicy')}</label>
        <p className="field__hint" id={`${fieldId('ownPolicy')}-hint`}>
          {t('admin.departments.form.ownPolicyHint', {
            answerWithin: hours.format(defaultPolicy.answerWithinHours),
            atRisk: hours.format(defaultPolicy.atRiskHours),
          })}
        </p>
      </div>

      {form.ownPolicy && (
        <fieldset className="admin-form__secrets">
          <legend>{t('admin.departments.form.policy')}</legend>
          {textField('answerWithinHours', t('admin.departments.form.answerWithin'), {
            decimal: true,
            hint: t('admin.departments.form.answerWithinHint'),
          })}
          {textField('atRiskHours', t('admin.departments.form.atRisk'), {
            decimal: true,
            hint: t('admin.departments.form.atRiskHint'),
          })}
        </fieldset>
      )}

      {(otherError || invalidCount > 0) && (
        <p className="form-error" role="alert">
          {otherError ?? t('admin.departments.form.invalid', { count: invalidCount })}
        </p>
      )}

      <div className="admin-form__actions">
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>
          {mutation.isPending
            ? t('admin.departments.form.saving')
            : t(department ? 'admin.departments.form.save' : 'admin.departments.form.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('admin.departments.form.cancel')}
        </button>
      </div>
    </form>
  );
}
