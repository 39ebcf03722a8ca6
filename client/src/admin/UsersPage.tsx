import type { AdminUserDto } from '@ingang/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/use-session';
import { errorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/LoadingState';
import { Dialog } from '../ui/Dialog';
import { useAdminDepartments } from './department-queries';
import { useUsers } from './use-admin';
import { UserCreateForm } from './UserCreateForm';
import { UserEditForm } from './UserEditForm';
import './user-admin.css';

/** /admin/gebruikers: who may log in, with which role, department and capacity; edit, disable, set a password. */
export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const departments = useAdminDepartments();
  const me = useCurrentUser().data;
  // `user: null` adds one.
  const [editing, setEditing] = useState<{ user: AdminUserDto | null } | null>(null);
  const [notice, setNotice] = useState('');
  const id = useId();
  const departmentName = (departmentId: string) =>
    departments.data?.find((department) => department.id === departmentId)?.name ?? '…';

  const open = (user: AdminUserDto | null) => {
    setNotice('');
    setEditing({ user });
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

      <section className="admin-section" aria-labelledby={`${id}-list`}>
        <div className="admin-section__header">
          <h2 id={`${id}-list`}>{t('admin.users.list')}</h2>
          <button type="button" className="button" onClick={() => open(null)}>
            <span aria-hidden="true">+</span>
            {t('admin.users.add')}
          </button>
        </div>
        {users.isPending && <LoadingState label={t('admin.users.loading')} />}
        {users.isError && (
          <div role="alert" className="form-error">
            <p>{errorMessage(users.error, t)}</p>
            <button type="button" className="button" onClick={() => void users.refetch()}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {users.data && (
          <table className="admin-table users-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.users.name')}</th>
                <th scope="col">{t('admin.users.role')}</th>
                <th scope="col">{t('admin.users.department')}</th>
                <th scope="col" className="users-table__number">
                  {t('admin.users.capacityShort')}
                </th>
                <th scope="col">{t('admin.users.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.users.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) => (
                <tr key={user.id} className={user.disabledAt ? 'users-table__row--disabled' : undefined}>
                  <th scope="row">
                    <span className="users-table__name">{user.name}</span>
                    <span className="users-table__email">{user.email}</span>
                  </th>
                  <td>{t(`admin.roles.${user.role}`)}</td>
                  <td className={user.departmentId ? undefined : 'admin-empty'}>
                    {user.departmentId ? departmentName(user.departmentId) : '–'}
                  </td>
                  <td className={`users-table__number${user.maxConversations === null ? ' admin-empty' : ''}`}>
                    {user.maxConversations ?? t('admin.users.noLimitShort')}
                  </td>
                  <td>
                    <span className={`admin-badge admin-badge--${user.disabledAt ? 'disabled' : 'enabled'}`}>
                      {t(user.disabledAt ? 'admin.users.statusDisabled' : 'admin.users.statusActive')}
                    </span>
                  </td>
                  <td className="admin-table__actions">
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-label={t('admin.users.editLabel', { name: user.name })}
                      onClick={() => open(user)}
                    >
                      {t('admin.users.edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {editing && (
        <Dialog
          title={editing.user ? t('admin.users.editTitle', { name: editing.user.name }) : t('admin.users.add')}
          onClose={() => setEditing(null)}
        >
          {editing.user ? (
            <UserEditForm
              user={editing.user}
              self={editing.user.id === me?.id}
              departments={departments.data}
              onCancel={() => setEditing(null)}
              onSaved={(saved, nothingChanged) => {
                setNotice(t(nothingChanged ? 'admin.users.unchanged' : 'admin.users.saved', { name: saved.name }));
                setEditing(null);
              }}
            />
          ) : (
            <UserCreateForm
              departments={departments.data}
              onCancel={() => setEditing(null)}
              onSaved={(saved) => {
                setNotice(t('admin.users.created', { name: saved.name }));
                setEditing(null);
              }}
            />
          )}
        </Dialog>
      )}
    </div>
  );
}
