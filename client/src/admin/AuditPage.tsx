import { AUDIT_SYSTEM_ACTOR, type AuditEventDto } from '@ingang/shared';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toLanguage } from '../i18n/i18n';
import { errorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/LoadingState';
import { useDebouncedValue } from '../ui/use-debounced-value';
import { useAuditLog } from './audit-queries';
import {
  AUDIT_OBJECT_TYPES,
  auditActionKey,
  auditObjectPath,
  auditQueryOf,
  formatAuditTime,
  hasAuditFilters,
  KNOWN_AUDIT_ACTIONS,
  NO_AUDIT_FILTERS,
  type AuditFilters,
} from './audit-text';
import { useAdminDepartments } from './department-queries';
import { useUsers } from './use-admin';
import './audit-log.css';

/** /admin/audit: who did what to which object, and when (BIO); newest first, filtered, a page at a time. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  const [filters, setFilters] = useState<AuditFilters>(NO_AUDIT_FILTERS);
  // Typed filters ask the server once the administrator pauses.
  const settled = useDebouncedValue(filters, 300);
  const query = useMemo(() => auditQueryOf(settled), [settled]);
  const log = useAuditLog(query);
  const users = useUsers();
  const departments = useAdminDepartments();
  const id = useId();
  const events = log.data?.pages.flatMap((page) => page.events) ?? [];

  const names = useMemo(() => {
    const byId = new Map<string, string>();
    for (const user of users.data ?? []) byId.set(`user:${user.id}`, user.name);
    for (const department of departments.data ?? []) byId.set(`department:${department.id}`, department.name);
    return byId;
  }, [users.data, departments.data]);

  const userOptions = (users.data ?? []).map((user) => (
    <option key={user.id} value={user.id}>
      {user.name}
    </option>
  ));
  const set = (changes: Partial<AuditFilters>) => setFilters({ ...filters, ...changes });
  const actionText = (action: string) => {
    const key = auditActionKey(action);
    return key ? t(key, { defaultValue: action }) : action;
  };
  const typeText = (type: string) => t(`admin.audit.objectTypes.${type}`, { defaultValue: type });
  const objectText = (event: AuditEventDto) =>
    event.objectType && event.objectId
      ? (names.get(`${event.objectType}:${event.objectId}`) ?? `${event.objectId.slice(0, 8)}…`)
      : null;

  const object = (event: AuditEventDto) => {
    const text = objectText(event);
    if (!event.objectType || !event.objectId || text === null) return <span className="admin-empty">–</span>;
    const path = auditObjectPath(event);
    return (
      <>
        <span className="audit-log__type">{typeText(event.objectType)}</span>
        <button
          type="button"
          className="audit-log__filter"
          title={t('admin.audit.filterOnObject')}
          onClick={() => set({ objectType: event.objectType ?? '', objectId: event.objectId ?? '' })}
        >
          {text}
        </button>
        {path && (
          <Link className="audit-log__open" to={path}>
            {t('admin.audit.open')}
          </Link>
        )}
      </>
    );
  };

  return (
    <div className="admin-page__content audit-log">
      <div className="admin-page__heading">
        <h1>{t('admin.audit.title')}</h1>
        <p className="admin-page__intro">{t('admin.audit.intro')}</p>
      </div>

      <section className="admin-section" aria-labelledby={`${id}-filters`}>
        <h2 id={`${id}-filters`} className="visually-hidden">
          {t('admin.audit.filters')}
        </h2>
        <div className="audit-log__filters">
          <div className="field">
            <label htmlFor={`${id}-actor`}>{t('admin.audit.actor')}</label>
            <select
              id={`${id}-actor`}
              value={filters.actorId}
              onChange={(event) => set({ actorId: event.target.value })}
            >
              <option value="">{t('admin.audit.everyone')}</option>
              <option value={AUDIT_SYSTEM_ACTOR}>{t('admin.audit.system')}</option>
              {userOptions}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-action`}>{t('admin.audit.action')}</label>
            <input
              id={`${id}-action`}
              type="text"
              list={`${id}-actions`}
              autoComplete="off"
              spellCheck={false}
              maxLength={100}
              placeholder={t('admin.audit.actionPlaceholder')}
              value={filters.action}
              aria-describedby={`${id}-action-hint`}
              onChange={(event) => set({ action: event.target.value })}
            />
            <datalist id={`${id}-actions`}>
              {KNOWN_AUDIT_ACTIONS.map((action) => (
                <option key={action} value={action} label={actionText(action)} />
              ))}
            </datalist>
            <p className="field__hint" id={`${id}-action-hint`}>
              {t('admin.audit.actionHint')}
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${id}-type`}>{t('admin.audit.objectType')}</label>
            <select
              id={`${id}-type`}
              value={filters.objectType}
              onChange={(event) => set({ objectType: event.target.value, objectId: '' })}
            >
              <option value="">{t('admin.audit.allObjects')}</option>
              {AUDIT_OBJECT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {typeText(type)}
                </option>
              ))}
            </select>
          </div>
          {filters.objectType === 'user' ? (
            <div className="field">
              <label htmlFor={`${id}-object`}>{t('admin.audit.object')}</label>
              <select
                id={`${id}-object`}
                value={filters.objectId}
                onChange={(event) => set({ objectId: event.target.value })}
              >
                <option value="">{t('admin.audit.anyUser')}</option>
                {userOptions}
              </select>
            </div>
          ) : (
            filters.objectType !== '' && (
              <div className="field">
                <label htmlFor={`${id}-object`}>{t('admin.audit.objectId')}</label>
                <input
                  id={`${id}-object`}
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={255}
                  value={filters.objectId}
                  onChange={(event) => set({ objectId: event.target.value })}
                />
              </div>
            )
          )}
          {hasAuditFilters(filters) && (
            <button
              type="button"
              className="button button--quiet audit-log__clear"
              onClick={() => setFilters(NO_AUDIT_FILTERS)}
            >
              {t('admin.audit.clearFilters')}
            </button>
          )}
        </div>
      </section>

      <section className="admin-section" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`} className="visually-hidden">
          {t('admin.audit.list')}
        </h2>
        {log.isPending && <LoadingState label={t('admin.audit.loading')} />}
        {log.isError && (
          <div role="alert" className="form-error">
            <p>{errorMessage(log.error, t)}</p>
            <button type="button" className="button" onClick={() => void log.refetch()}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {log.isSuccess && events.length === 0 && (
          <p className="admin-empty">
            {t(hasAuditFilters(settled) ? 'admin.audit.noneFiltered' : 'admin.audit.empty')}
          </p>
        )}
        {events.length > 0 && (
          <table className="admin-table audit-log__table">
            <thead>
              <tr>
                <th scope="col">{t('admin.audit.columns.at')}</th>
                <th scope="col">{t('admin.audit.columns.actor')}</th>
                <th scope="col">{t('admin.audit.columns.action')}</th>
                <th scope="col">{t('admin.audit.columns.object')}</th>
                <th scope="col">{t('admin.audit.columns.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <td className="admin-table__nowrap audit-log__time">
                    <time dateTime={event.at}>{formatAuditTime(event.at, language)}</time>
                  </td>
                  <td>{event.actorId === null ? <em>{t('admin.audit.system')}</em> : event.actorName}</td>
                  <td
                    className={`audit-log__action${auditActionKey(event.action) ? '' : ' audit-log__action--sentence'}`}
                  >
                    {actionText(event.action)}
                  </td>
                  <td className="audit-log__object">{object(event)}</td>
                  <td className="audit-log__detail">{event.detail ?? <span className="admin-empty">–</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {events.length > 0 && (
          <div className="audit-log__more">
            <p className="field__hint" role="status">
              {t(log.hasNextPage ? 'admin.audit.shown' : 'admin.audit.allShown', { count: events.length })}
            </p>
            {log.hasNextPage && (
              <button
                type="button"
                className="button"
                aria-busy={log.isFetchingNextPage || undefined}
                onClick={() => {
                  if (!log.isFetchingNextPage) void log.fetchNextPage();
                }}
              >
                {log.isFetchingNextPage ? t('admin.audit.loadingMore') : t('admin.audit.loadMore')}
              </button>
            )}
          </div>
        )}
      </section>
    </div>
  );
}
