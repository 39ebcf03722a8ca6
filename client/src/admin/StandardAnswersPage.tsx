import { rankStandardAnswers, type StandardAnswerDto } from '@ingang/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/LoadingState';
import { Dialog } from '../ui/Dialog';
import { StandardAnswersForm } from './StandardAnswersForm';
import { useAdminStandardAnswers, useDeleteStandardAnswer, useUpdateStandardAnswer } from './standard-answer-queries';
import '../knowledge/knowledge.css';

/** /admin/standaardantwoorden: the knowledge base agents answer from, with search, add, change, (de)activate, delete. */
export function StandardAnswersPage() {
  const { t, i18n } = useTranslation();
  const answers = useAdminStandardAnswers();
  const toggleActive = useUpdateStandardAnswer();
  const remove = useDeleteStandardAnswer();
  // `answer: null` adds one.
  const [editing, setEditing] = useState<{ answer: StandardAnswerDto | null } | null>(null);
  const [deleting, setDeleting] = useState<StandardAnswerDto | null>(null);
  const [search, setSearch] = useState('');
  const [notice, setNotice] = useState('');
  const id = useId();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  // The same rules as the agents' picker: title and keyword matches first. Without a search: by title.
  const shown = answers.data && (search.trim() ? rankStandardAnswers(answers.data, search) : answers.data);

  const toggle = (answer: StandardAnswerDto) => {
    setNotice('');
    toggleActive.reset();
    toggleActive.mutate(
      { id: answer.id, request: { active: !answer.active } },
      {
        onSuccess: (saved) =>
          setNotice(
            t(saved.active ? 'admin.knowledge.reactivated' : 'admin.knowledge.deactivated', { title: saved.title }),
          ),
      },
    );
  };

  const channelsText = (answer: StandardAnswerDto) =>
    answer.channels.length === 0
      ? t('admin.knowledge.allChannels')
      : answer.channels.map((channel) => t(`channel.${channel}`)).join(', ');

  return (
    <div className="admin-page__content">
      <div className="admin-page__heading">
        <h1>{t('admin.knowledge.title')}</h1>
        <p className="admin-page__intro">{t('admin.knowledge.intro')}</p>
      </div>
      <p className="admin-notice" role="status">
        {notice}
      </p>
      {toggleActive.isError && (
        <p className="form-error" role="alert">
          {errorMessage(toggleActive.error, t)}
        </p>
      )}

      <section className="admin-section" aria-labelledby={`${id}-list`}>
        <div className="admin-section__header">
          <h2 id={`${id}-list`}>{t('admin.knowledge.list')}</h2>
          <button type="button" className="button" onClick={() => setEditing({ answer: null })}>
            <span aria-hidden="true">+</span>
            {t('admin.knowledge.add')}
          </button>
        </div>
        <div className="knowledge-toolbar" role="search">
          <div className="field">
            <label htmlFor={`${id}-search`}>{t('admin.knowledge.search')}</label>
            <input
              id={`${id}-search`}
              type="text"
              autoComplete="off"
              value={search}
              placeholder={t('admin.knowledge.searchPlaceholder')}
              aria-describedby={`${id}-count`}
              onChange={(event) => setSearch(event.target.value)}
            />
          </div>
          {shown && (
            <p id={`${id}-count`} className="knowledge-table__meta" role="status">
              {search.trim()
                ? t('admin.knowledge.found', { count: shown.length, total: answers.data?.length ?? 0 })
                : t('admin.knowledge.total', { count: shown.length })}
            </p>
          )}
        </div>
        {answers.isPending && <LoadingState label={t('admin.knowledge.loading')} />}
        {answers.isError && (
          <div role="alert" className="form-error">
            <p>{errorMessage(answers.error, t)}</p>
            <button type="button" className="button" onClick={() => void answers.refetch()}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {answers.data?.length === 0 && <p className="admin-empty">{t('admin.knowledge.empty')}</p>}
        {shown && shown.length === 0 && answers.data && answers.data.length > 0 && (
          <p className="admin-empty">{t('admin.knowledge.noneFound', { query: search.trim() })}</p>
        )}
        {shown && shown.length > 0 && (
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.knowledge.columns.answer')}</th>
                <th scope="col">{t('admin.knowledge.columns.keywords')}</th>
                <th scope="col">{t('admin.knowledge.columns.channels')}</th>
                <th scope="col" className="knowledge-table__number">
                  {t('admin.knowledge.columns.used')}
                </th>
                <th scope="col">{t('admin.knowledge.columns.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.knowledge.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((answer) => (
                <tr key={answer.id}>
                  <th scope="row" className="knowledge-table__title">
                    {answer.title}
                    <span className="knowledge-table__body">{answer.body}</span>
                    <span className="knowledge-table__meta">
                      {t('admin.knowledge.changed', {
                        when: date.format(new Date(answer.updatedAt)),
                        name: answer.updatedBy.name,
                      })}
                    </span>
                  </th>
                  <td>
                    {answer.keywords.length > 0 ? (
                      <ul className="knowledge-tags">
                        {answer.keywords.map((keyword) => (
                          <li key={keyword} className="knowledge-tag">
                            {keyword}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="admin-empty">–</span>
                    )}
                  </td>
                  <td className={`knowledge-table__channels${answer.channels.length === 0 ? ' admin-empty' : ''}`}>
                    {channelsText(answer)}
                  </td>
                  <td className="knowledge-table__number">{answer.usageCount}</td>
                  <td>
                    <span className={`admin-badge admin-badge--${answer.active ? 'enabled' : 'disabled'}`}>
                      {t(answer.active ? 'admin.knowledge.active' : 'admin.knowledge.inactive')}
                    </span>
                  </td>
                  <td className="admin-table__actions">
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      aria-label={t('admin.knowledge.editLabel', { title: answer.title })}
                      onClick={() => setEditing({ answer })}
                    >
                      {t('admin.knowledge.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      aria-label={t(
                        answer.active ? 'admin.knowledge.deactivateLabel' : 'admin.knowledge.reactivateLabel',
                        { title: answer.title },
                      )}
                      // Not `disabled`: that would take the keyboard focus away from the button just pressed.
                      aria-disabled={toggleActive.isPending || undefined}
                      onClick={() => {
                        if (!toggleActive.isPending) toggle(answer);
                      }}
                    >
                      {t(answer.active ? 'admin.knowledge.deactivate' : 'admin.knowledge.reactivate')}
                    </button>
                    <button
                      type="button"
                      className="button button--quiet button--small admin-table__delete"
                      aria-label={t('admin.knowledge.deleteLabel', { title: answer.title })}
                      onClick={() => {
                        remove.reset();
                        setDeleting(answer);
                      }}
                    >
                      {t('admin.knowledge.delete')}
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
            editing.answer
              ? t('admin.knowledge.form.titleEdit', { title: editing.answer.title })
              : t('admin.knowledge.add')
          }
          onClose={() => setEditing(null)}
        >
          <StandardAnswersForm
            answer={editing.answer}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              setNotice(
                t(editing.answer ? 'admin.knowledge.saved' : 'admin.knowledge.created', { title: saved.title }),
              );
              setEditing(null);
            }}
          />
        </Dialog>
      )}

      {deleting && (
        <Dialog title={t('admin.knowledge.confirmDelete.title')} onClose={() => setDeleting(null)}>
          <p className="dialog__text">
            {t('admin.knowledge.confirmDelete.message', { title: deleting.title, count: deleting.usageCount })}
          </p>
          {remove.isError && (
            <p className="form-error" role="alert">
              {errorMessage(remove.error, t)}
            </p>
          )}
          <div className="admin-form__actions">
            <button
              type="button"
              className="button button--danger"
              disabled={remove.isPending}
              onClick={() =>
                remove.mutate(deleting.id, {
                  onSuccess: () => {
                    setNotice(t('admin.knowledge.deleted', { title: deleting.title }));
                    setDeleting(null);
                  },
                })
              }
            >
              {t('admin.knowledge.confirmDelete.confirm')}
            </button>
            <button type="button" className="button" data-autofocus onClick={() => setDeleting(null)}>
              {t('admin.knowledge.confirmDelete.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
