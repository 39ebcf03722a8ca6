import { ROLES, type DepartmentDto, type Role } from '@ingang/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserField, UserFieldErrors, UserFormState } from './user-form';

/**
 * The inputs a new and an existing user share: name, role, the department (only for back office, which needs
 * one) and the capacity. Each names its own error beside it.
 */
export function UserFields({
  idPrefix,
  form,
  errors,
  departments,
  onChange,
  roleLocked = false,
  before,
}: {
  idPrefix: string;
  form: UserFormState;
  errors: UserFieldErrors;
  /** Every department; the active ones can be chosen, a deactivated one only stays shown while the user has it. */
  departments: DepartmentDto[] | undefined;
  onChange: (changes: Partial<UserFormState>) => void;
  /** Your own role: an administrator cannot take it away from themselves. */
  roleLocked?: boolean;
  /** Inputs shown after the name (the e-mail address of a new user). */
  before?: ReactNode;
}) {
  const { t } = useTranslation();
  const fieldId = (field: UserField) => `${idPrefix}-${field}`;
  const describedBy = (field: UserField, hint: boolean) =>
    [hint && `${fieldId(field)}-hint`, errors[field] && `${fieldId(field)}-error`].filter(Boolean).join(' ') ||
    undefined;
  const error = (field: UserField) =>
    errors[field] && (
      <p className="form-error" id={`${fieldId(field)}-error`}>
        {t(`admin.users.errors.${errors[field]}`)}
      </p>
    );
  const choosable = (departments ?? []).filter(
    (department) => department.active || department.id === form.departmentId,
  );

  return (
    <>
      <UserTextField
        idPrefix={idPrefix}
        field="name"
        label={t('admin.users.name')}
        value={form.name}
        error={errors.name}
        maxLength={200}
        onChange={(name) => onChange({ name })}
      />
      {before}
      <div className="field">
        <label htmlFor={fieldId('role')}>{t('admin.users.role')}</label>
        <select
          id={fieldId('role')}
          value={form.role}
          disabled={roleLocked}
          aria-describedby={describedBy('role', roleLocked)}
          onChange={(event) => onChange({ role: event.target.value as Role })}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`admin.roles.${role}`)}
            </option>
          ))}
        </select>
        {roleLocked && (
          <p className="field__hint" id={`${fieldId('role')}-hint`}>
            {t('admin.users.ownRoleHint')}
          </p>
        )}
      </div>
      {form.role === 'backoffice' && (
        <div className="field">
          <label htmlFor={fieldId('departmentId')}>{t('admin.users.department')}</label>
          <select
            id={fieldId('departmentId')}
            required
            value={form.departmentId}
            aria-invalid={errors.departmentId ? true : undefined}
            aria-describedby={describedBy('departmentId', true)}
            onChange={(event) => onChange({ departmentId: event.target.value })}
          >
            <option value="">{t('admin.users.chooseDepartment')}</option>
            {choosable.map((department) => (
              <option key={department.id} value={department.id}>
                {department.active ? department.name : t('admin.users.inactiveDepartment', { name: department.name })}
              </option>
            ))}
          </select>
          <p className="field__hint" id={`${fieldId('departmentId')}-hint`}>
            {choosable.length === 0 ? t('admin.users.noDepartments') : t('admin.users.departmentHint')}
          </p>
          {error('departmentId')}
        </div>
      )}
      <div className="field">
        <label htmlFor={fieldId('capacity')}>{t('admin.users.capacity')}</label>
        <input
          id={fieldId('capacity')}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={3}
          placeholder={t('admin.users.noLimit')}
          value={form.capacity}
          aria-invalid={errors.capacity ? true : undefined}
          aria-describedby={describedBy('capacity', true)}
          onChange={(event) => onChange({ capacity: event.target.value })}
        />
        <p className="field__hint" id={`${fieldId('capacity')}-hint`}>
          {t('admin.users.capacityHint')}
        </p>
        {error('capacity')}
      </div>
    </>
  );
}

/** A text input of a user form with its hint and its error beside it. */
export function UserTextField({
  idPrefix,
  field,
  label,
  value,
  error,
  onChange,
  type = 'text',
  hint,
  required = true,
  maxLength,
}: {
  idPrefix: string;
  field: 'name' | 'email' | 'password';
  label: string;
  value: string;
  /** A key under `admin.users.errors`. */
  error: string | undefined;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password';
  hint?: string;
  required?: boolean;
  maxLength?: number;
}) {
  const { t } = useTranslation();
  const id = `${idPrefix}-${field}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        required={required}
        maxLength={maxLength}
        autoComplete={type === 'password' ? 'new-password' : 'off'}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="form-error" id={`${id}-error`}>
          {t(`admin.users.errors.${error}`)}
        </p>
      )}
    </div>
  );
}

/** The end of a user form: what went wrong (a count of fields, or the server's reason), then save and cancel. */
export function UserFormFooter({
  error,
  invalidCount,
  pending,
  submitLabel,
  onCancel,
}: {
  error: string | null;
  invalidCount: number;
  pending: boolean;
  submitLabel: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {(error || invalidCount > 0) && (
        <p className="form-error" role="alert">
          {error ?? t('admin.users.invalid', { count: invalidCount })}
        </p>
      )}
      <div className="admin-form__actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  );
}
