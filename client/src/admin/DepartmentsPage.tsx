import type { DepartmentDto, SlaPolicy } from '@ingang/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSlaSettings } from '../sla/use-sla-settings';
import { errorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/LoadingState';
import { Dialog } from '../ui/Dialog';
import { DepartmentsForm } from './DepartmentsForm';
import { useAdminDepartments, useDeactivateDepartment, useUpdateDepartment } from './department-queries';

/** /admin/afdelingen: the back offices webcare escalates to, each with the default or its own deadline. */
export function DepartmentsPage() {
  const { t, i18n } = useTranslation();
  const departments = useAdminDepartments();
  const defaultPolicy = useSlaSettings().escalation;
  const reactivate = useUpdateDepartment();
  const deactivate = useDeactivateDepartment();
  // `department: null` adds one.
  const [editing, setEditing] = useState<{ department: DepartmentDto | null } | null>(null);
  const [notice, setNotice] = useState('');
  const id = useId();
  const hours = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const toggleError = reactivate.error ?? deactivate.error;
  const toggling = reactivate.isPending || deactivate.isPending;

  const policyText = (policy: SlaPolicy | null) =>
    policy
      ? t('admin.departments.ownPolicy', {
          answerWithin: hours.format(policy.answerWithinHours),
          atRisk: hours.format(policy.atRiskHours),
        })
      : t('admin.departments.defaultPolicy', { answerWithin: hours.format(defaultPolicy.answerWithinHours) });

  const toggle = (department: DepartmentDto) => {
    setNotice('');
    deactivate.reset();
    reactivate.reset();
    const onSuccess = (saved: DepartmentDto) =>
      setNotice(
        t(saved.active ? 'admin.departments.reactivated' : 'admin.departments.deactivated', { name: saved.name }),
      );
    if (department.active) deactivate.mutate(department.id, { onSuccess });
    else reactivate.mutate({ id: department.id, request: { active: true } }, { onSuccess });
  };

  return (
    <div className="admin-page__content">
      <div className="admin-page__heading">
        <h1>{t('admin.departments.title')}</h1>
        <p className="admin-page__intro">{t('admin.departments.intro')}</p>
      </div>
      <p className="admin-notice" role="status">
        {notice}
      </p>
      {toggleError && (
        <p className="form-error" role="alert">
          {errorMessage(toggleError, t)}
        </p>
      )}

      <section className="admin-section" aria-labelledby={`${id}-list`}>
        <div className="admin-section__header">
          <h2 id={`${id}-list`}>{t('admin.departments.list')}</h2>
          <button type="button" className="button" onClick={() => setEditing({ department: null })}>
            <span aria-hidden="true">+</span>
            {t('admin.departments.add')}
          </button>
        </div>
        {departments.isPending && <LoadingState label={t('admin.departments.loading')} />}
        {departments.isError && (
          <div role="alert" className="form-error">
            <p>{errorMessage(departments.error, t)}</p>
            <button type="button" className="button" onClick={() => void departments.refetch()}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {departments.data?.length === 0 && <p className="admin-empty">{t('admin.departments.empty')}</p>}
        {departments.data && departments.data.length > 0 && (
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.departments.columns.name')}</th>
                <th scope="col">{t('admin.departments.columns.deadline')}</th>
                <th scope="col">{t('admin.departments.columns.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.departments.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {departments.data.map((department) => (
                <tr key={department.id}>
                  <th scope="row">{department.name}</th>
                  <td className={department.escalationPolicy ? undefined : 'admin-empty'}>
                    {policyText(department.escalationPolicy)}
                  </td>
                  <td>
                    <span className={`admin-badge admin-badge--${department.active ? 'enabled' : 'disabled'}`}>
                      {t(department.active ? 'admin.departments.active' : 'admin.departments.inactive')}
                    </span>
                  </td>
                  <td className="admin-table__actions">
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-label={t('admin.departments.editLabel', { name: department.name })}
                      onClick={() => setEditing({ department })}
                    >
                      {t('admin.departments.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-label={t(
                        department.active ? 'admin.departments.deactivateLabel' : 'admin.departments.reactivateLabel',
                        { name: department.name },
                      )}
                      // Not `disabled`: that would take the keyboard focus away from the button just pressed.
                      aria-disabled={toggling || undefined}
                      onClick={() => {
                        if (!toggling) toggle(department);
                      }}
                    >
                      {t(department.active ? 'admin.departments.deactivate' : 'admin.departments.reactivate')}
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
          wide
          title={
            editing.department
              ? t('admin.departments.form.titleEdit', { name: editing.department.name })
              : t('admin.departments.add')
          }
          onClose={() => setEditing(null)}
        >
          <DepartmentsForm
            department={editing.department}
            defaultPolicy={defaultPolicy}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              setNotice(
                t(editing.department ? 'admin.departments.saved' : 'admin.departments.created', { name: saved.name }),
              );
              setEditing(null);
            }}
          />
        </Dialog>
      )}
    </div>
  );
}
