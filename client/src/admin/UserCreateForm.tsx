import type { AdminUserDto, DepartmentDto } from '@ingang/shared';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/http';
import { errorMessage } from '../ui/error-message';
import { issuesOfDetails } from './sla-field-errors';
import { useCreateUser } from './user-queries';
import { UserFields, UserFormFooter, UserTextField } from './UserFields';
import { useUserFormState } from './user-form-state';
import { emptyUserForm, userErrorsOf, validateNewUser } from './user-form';

/** Add a user: name, address, role, the department of a back-office user, capacity and a first password. */
export function UserCreateForm({
  departments,
  onSaved,
  onCancel,
}: {
  departments: DepartmentDto[] | undefined;
  onSaved: (user: AdminUserDto) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const { form, errors, formRef, edit, showErrors, clearErrors } = useUserFormState(emptyUserForm);
  const id = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.reset();
    const validation = validateNewUser(form);
    if (!validation.valid) return showErrors(validation.errors);
    clearErrors();
    create.mutate(validation.request, {
      onSuccess: onSaved,
      onError: (error) => {
        if (isApiError(error, 'VALIDATION_FAILED')) showErrors(userErrorsOf(issuesOfDetails(error.details)));
        else if (isApiError(error, 'ALREADY_EXISTS')) showErrors({ email: 'exists' });
      },
    });
  };

  const otherError =
    create.isError && !isApiError(create.error, 'VALIDATION_FAILED') && !isApiError(create.error, 'ALREADY_EXISTS')
      ? errorMessage(create.error, t)
      : null;

  return (
    <form ref={formRef} className="admin-form" onSubmit={submit} noValidate>
      <UserFields
        idPrefix={id}
        form={form}
        errors={errors}
        departments={departments}
        onChange={edit}
        before={
          <UserTextField
            idPrefix={id}
            field="email"
            type="email"
            label={t('admin.users.email')}
            value={form.email}
            error={errors.email}
            maxLength={254}
            onChange={(email) => edit({ email })}
          />
        }
      />
      <UserTextField
        idPrefix={id}
        field="password"
        type="password"
        label={t('admin.users.password')}
        hint={t('admin.users.passwordHint')}
        value={form.password}
        error={errors.password}
        onChange={(password) => edit({ password })}
      />
      <UserFormFooter
        error={otherError}
        invalidCount={Object.keys(errors).length}
        pending={create.isPending}
        submitLabel={t('admin.users.submit')}
        onCancel={onCancel}
      />
    </form>
  );
}
