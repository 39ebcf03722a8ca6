import type { OutcomeKind, TopicDto } from '@ingang/shared';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/http';
import { errorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/LoadingState';
import { Dialog } from '../ui/Dialog';
import { TopicsEntryForm } from './TopicsEntryForm';
import { moveEntry } from './topic-order';
import { useDeactivateEntry, useNamedList, useReorder, useUpdateEntry, type NamedListConfig } from './topic-queries';

type Entry = TopicDto & { kind?: OutcomeKind };
type Step = -1 | 1;

/**
 * One of the administrator's lists (topics or outcomes) as a table in its own order: add, rename, move up and down,
 * deactivate and reactivate. `children` come between the heading and the table (the topics' switch).
 */
export function TopicsListSection<E extends Entry>({
  list,
  onNotice,
  children,
}: {
  list: NamedListConfig<E>;
  onNotice: (notice: string) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const entries = useNamedList(list);
  const reorder = useReorder(list);
  const reactivate = useUpdateEntry(list);
  const deactivate = useDeactivateEntry(list);
  // `entry: null` adds one.
  const [editing, setEditing] = useState<{ entry: E | null } | null>(null);
  // The move button to keep the focus on once its row has moved (React may re-insert the row, which drops focus).
  const [moved, setMoved] = useState<{ id: string; step: Step } | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const id = useId();
  const prefix = `admin.topics.${list.name}`;
  const toggling = reactivate.isPending || deactivate.isPending;
  const actionError = reorder.error ?? reactivate.error ?? deactivate.error;

  useEffect(() => {
    if (!moved) return;
    tableRef.current?.querySelector<HTMLElement>(`[data-move="${moved.id}:${moved.step}"]`)?.focus();
  }, [moved, entries.data]);

  const move = (index: number, step: Step) => {
    const current = entries.data ?? [];
    const next = moveEntry(current, index, step);
    if (!next) return;
    const entry = current[index];
    reorder.reset();
    reorder.mutate(next, {
      onError: (error) => {
        if (isApiError(error, 'CONFLICT')) onNotice(t('admin.topics.reloaded'));
      },
    });
    setMoved({ id: entry.id, step });
    onNotice(t('admin.topics.movedTo', { name: entry.name, position: index + step + 1, count: next.length }));
  };

  const toggle = (entry: E) => {
    onNotice('');
    deactivate.reset();
    reactivate.reset();
    const onSuccess = (saved: E) =>
      onNotice(t(saved.active ? `${prefix}.reactivated` : `${prefix}.deactivated`, { name: saved.name }));
    if (entry.active) deactivate.mutate(entry.id, { onSuccess });
    else reactivate.mutate({ id: entry.id, request: { active: true } }, { onSuccess });
  };

  const moveButton = (entry: E, index: number, step: Step, count: number) => {
    const possible = step === -1 ? index > 0 : index < count - 1;
    return (
      <button
        type="button"
        className="button button--quiet topics-admin__move"
        data-move={`${entry.id}:${step}`}
        aria-label={t(step === -1 ? 'admin.topics.moveUp' : 'admin.topics.moveDown', { name: entry.name })}
        title={t(step === -1 ? 'admin.topics.moveUp' : 'admin.topics.moveDown', { name: entry.name })}
        // Not `disabled`: that would take the keyboard focus away from a button that just reached the end.
        aria-disabled={!possible || undefined}
        onClick={() => {
          if (possible) move(index, step);
        }}
      >
        <span aria-hidden="true">{step === -1 ? '↑' : '↓'}</span>
      </button>
    );
  };

  return (
    <section className="admin-section" aria-labelledby={`${id}-title`}>
      <div className="admin-section__header">
        <h2 id={`${id}-title`}>{t(`${prefix}.title`)}</h2>
        <button type="button" className="button" onClick={() => setEditing({ entry: null })}>
          <span aria-hidden="true">+</span>
          {t(`${prefix}.add`)}
        </button>
      </div>
      <p className="admin-page__intro topics-admin__intro">{t(`${prefix}.intro`)}</p>
      {children}
      {actionError && (
        <p className="form-error" role="alert">
          {isApiError(actionError, 'CONFLICT') ? t('admin.topics.reloaded') : errorMessage(actionError, t)}
        </p>
      )}
      {entries.isPending && <LoadingState label={t(`${prefix}.loading`)} />}
      {entries.isError && (
        <div role="alert" className="form-error">
          <p>{errorMessage(entries.error, t)}</p>
          <button type="button" className="button" onClick={() => void entries.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {entries.data?.length === 0 && <p className="admin-empty">{t(`${prefix}.empty`)}</p>}
      {entries.data && entries.data.length > 0 && (
        <table ref={tableRef} className="admin-table">
          <thead>
            <tr>
              <th scope="col" className="topics-admin__position">
                <span aria-hidden="true">#</span>
                <span className="visually-hidden">{t('admin.topics.columns.position')}</span>
              </th>
              <th scope="col">{t('admin.topics.columns.name')}</th>
              {list.withKind && <th scope="col">{t('admin.topics.columns.kind')}</th>}
              <th scope="col">{t('admin.topics.columns.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('admin.topics.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.data.map((entry, index, all) => (
              <tr key={entry.id} className={entry.active ? undefined : 'topics-admin__row--inactive'}>
                <td className="topics-admin__position">{index + 1}</td>
                <th scope="row">{entry.name}</th>
                {list.withKind && (
                  <td className="topics-admin__kind">{entry.kind && t(`admin.topics.kinds.${entry.kind}`)}</td>
                )}
                <td>
                  <span className={`admin-badge admin-badge--${entry.active ? 'enabled' : 'disabled'}`}>
                    {t(entry.active ? 'admin.topics.active' : 'admin.topics.inactive')}
                  </span>
                </td>
                <td className="admin-table__actions topics-admin__actions">
                  {moveButton(entry, index, -1, all.length)}
                  {moveButton(entry, index, 1, all.length)}
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t('admin.topics.editLabel', { name: entry.name })}
                    onClick={() => setEditing({ entry })}
                  >
                    {t('admin.topics.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t(entry.active ? 'admin.topics.deactivateLabel' : 'admin.topics.reactivateLabel', {
                      name: entry.name,
                    })}
                    aria-disabled={toggling || undefined}
                    onClick={() => {
                      if (!toggling) toggle(entry);
                    }}
                  >
                    {t(entry.active ? 'admin.topics.deactivate' : 'admin.topics.reactivate')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {editing && (
        <Dialog
          title={editing.entry ? t('admin.topics.form.titleEdit', { name: editing.entry.name }) : t(`${prefix}.add`)}
          onClose={() => setEditing(null)}
        >
          <TopicsEntryForm
            list={list}
            entry={editing.entry}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              onNotice(t(editing.entry ? 'admin.topics.saved' : 'admin.topics.created', { name: saved.name }));
              setEditing(null);
            }}
          />
        </Dialog>
      )}
    </section>
  );
}
