import type { AdminUserDto, DepartmentDto } from '@ingang/shared';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/http';
import { errorMessage } from '../ui/error-message';
import { UserFields, UserFormFooter, UserTextField } from './UserFields';
import { useUserFormState } from './user-form-state';
import { userErrorsOf, userFormFor, validateUserChanges } from './user-form';
import { useUpdateUser } from './user-queries';
import { issuesOfDetails } from './sla-field-errors';

const CONFLICT_REASONS = ['SELF_DISABLE', 'SELF_DEMOTION', 'LAST_ADMIN'] as const;

/** The reason the server gave for a 409 on a user, when it is one the form can explain. */
function conflictReasonOf(error: unknown): (typeof CONFLICT_REASONS)[number] | null {
  if (!isApiError(error, 'CONFLICT')) return null;
  const reason = (error.details as { reason?: unknown } | undefined)?.reason;
  return CONFLICT_REASONS.find((known) => known === reason) ?? null;
}

/**
 * Change a user: name, role, department (back office only), capacity; disable or enable the account; set a new
 * password. Only what changed is sent.
 */
export function UserEditForm({
  user,
  self,
  departments,
  onSaved,
  onCancel,
}: {
  user: AdminUserDto;
  /** The administrator editing their own account: role and account stay as they are. */
  self: boolean;
  departments: DepartmentDto[] | undefined;
  onSaved: (user: AdminUserDto, nothingChanged: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { form, errors, formRef, edit, showErrors, clearErrors } = useUserFormState(() => userFormFor(user));
  const update = useUpdateUser();
  const id = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.reset();
    const validation = validateUserChanges(user, form);
    if (!validation.valid) return showErrors(validation.errors);
    clearErrors();
    if (Object.keys(validation.request).length === 0) return onSaved(user, true);
    update.mutate(
      { id: user.id, request: validation.request },
      {
        onSuccess: (saved) => onSaved(saved, false),
        onError: (error) => {
          if (isApiError(error, 'VALIDATION_FAILED')) showErrors(userErrorsOf(issuesOfDetails(error.details)));
        },
      },
    );
  };

  const reason = conflictReasonOf(update.error);
  const otherError =
    update.isError && !isApiError(update.error, 'VALIDATION_FAILED')
      ? reason
        ? t(`admin.users.errors.${reason}`)
        : errorMessage(update.error, t)
      : null;
  const fieldId = (field: string) => `${id}-${field}`;

  return (
    <form ref={formRef} className="admin-form" onSubmit={submit} noValidate>
      <p className="dialog__text user-dialog__email">{user.email}</p>
      <UserFields
        idPrefix={id}
        form={form}
        errors={errors}
        departments={departments}
        roleLocked={self}
        onChange={edit}
      />

      <div className="admin-form__check">
        <input
          id={fieldId('disabled')}
          type="checkbox"
          checked={form.disabled}
          disabled={self}
          aria-describedby={`${fieldId('disabled')}-hint`}
          onChange={(event) => edit({ disabled: event.target.checked })}
        />
        <label htmlFor={fieldId('disabled')}>{t('admin.users.disabled')}</label>
        <p className="field__hint" id={`${fieldId('disabled')}-hint`}>
          {self ? t('admin.users.ownAccountHint') : t('admin.users.disabledHint')}
        </p>
      </div>

      <UserTextField
        idPrefix={id}
        field="password"
        type="password"
        required={false}
        label={t('admin.users.newPassword')}
        hint={t(self ? 'admin.users.newPasswordOwnHint' : 'admin.users.newPasswordHint')}
        value={form.password}
        error={errors.password}
        onChange={(password) => edit({ password })}
      />

      <UserFormFooter
        error={otherError}
        invalidCount={Object.keys(errors).length}
        pending={update.isPending}
        submitLabel={update.isPending ? t('admin.users.saving') : t('admin.users.save')}
        onCancel={onCancel}
      />
    </form>
  );
}
