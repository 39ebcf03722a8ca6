import { ROLES, type Role } from '@ingang/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/http';
import { errorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/LoadingState';
import { adminErrorMessage } from './admin-error';
import { invalidFieldsOf } from './channel-account-form';
import { useCreateUser, useUsers } from './use-admin';

const EMPTY_USER = { name: '', email: '', role: 'agent' as Role, password: '' };

/** /admin/gebruikers: who may log in, and with which role. */
export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const create = useCreateUser();
  const [form, setForm] = useState(EMPTY_USER);
  const [notice, setNotice] = useState('');
  const id = useId();
  const invalid = isApiError(create.error, 'VALIDATION_FAILED') ? invalidFieldsOf(create.error.details) : [];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice('');
    create.mutate(form, {
      onSuccess: (user) => {
        setForm(EMPTY_USER);
        setNotice(t('admin.users.created', { name: user.name }));
      },
    });
  };

  return (
    <div className="admin-page__content">
      <div className="admin-page__heading">
        <h1>{t('admin.users.title')}</h1>
        <p className="admin-page__intro">{t('admin.users.intro')}</p>
      </div>
      <p className="admin-notice" role="status">
        {notice}
      </p>

      <div className="admin-columns">
        <section className="admin-section" aria-labelledby={`${id}-list`}>
          <h2 id={`${id}-list`} className="admin-section__title">
            {t('admin.users.list')}
          </h2>
          {users.isPending && <LoadingState label={t('admin.users.loading')} />}
          {users.isError && (
            <p role="alert" className="form-error">
              {errorMessage(users.error, t)}
            </p>
          )}
          {users.data && (
            <table className="admin-table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.users.name')}</th>
                  <th scope="col">{t('admin.users.email')}</th>
                  <th scope="col">{t('admin.users.role')}</th>
                </tr>
              </thead>
              <tbody>
                {users.data.map((user) => (
                  <tr key={user.id}>
                    <th scope="row">{user.name}</th>
                    <td>{user.email}</td>
                    <td>{t(`admin.roles.${user.role}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section className="admin-section admin-section--form" aria-labelledby={`${id}-add`}>
          <h2 id={`${id}-add`} className="admin-section__title">
            {t('admin.users.add')}
          </h2>
          <form className="admin-form" onSubmit={submit}>
            <div className="field">
              <label htmlFor={`${id}-name`}>{t('admin.users.name')}</label>
              <input
                id={`${id}-name`}
                type="text"
                required
                autoComplete="off"
                value={form.name}
                aria-invalid={invalid.includes('name') || undefined}
                onChange={(event) => setForm({ ...form, name: event.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-email`}>{t('admin.users.email')}</label>
              <input
                id={`${id}-email`}
                type="email"
                required
                autoComplete="off"
                value={form.email}
                aria-invalid={invalid.includes('email') || undefined}
                onChange={(event) => setForm({ ...form, email: event.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-role`}>{t('admin.users.role')}</label>
              <select
                id={`${id}-role`}
                value={form.role}
                onChange={(event) => setForm({ ...form, role: event.target.value as Role })}
              >
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`admin.roles.${role}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-password`}>{t('admin.users.password')}</label>
              <input
                id={`${id}-password`}
                type="password"
                required
                minLength={12}
                autoComplete="new-password"
                value={form.password}
                aria-invalid={invalid.includes('password') || undefined}
                aria-describedby={`${id}-password-hint`}
                onChange={(event) => setForm({ ...form, password: event.target.value })}
              />
              <p className="field__hint" id={`${id}-password-hint`}>
                {t('admin.users.passwordHint')}
              </p>
            </div>
            {create.isError && (
              <p className="form-error" role="alert">
                {adminErrorMessage(create.error, t, t('admin.users.exists'))}
              </p>
            )}
            <div className="admin-form__actions">
              <button type="submit" className="button button--primary" disabled={create.isPending}>
                {t('admin.users.submit')}
              </button>
            </div>
          </form>
        </section>
      </div>
    </div>
  );
}
