import { CHANNELS, secretNamesOf, type Channel, type ChannelAccountDto } from '@ingang/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChannelLabel } from '../ui/ChannelIcon';
import { errorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/LoadingState';
import { Dialog } from '../ui/Dialog';
import { ChannelAccountForm } from './ChannelAccountForm';
import { useChannelAccounts, useDeleteChannelAccount, useUpdateChannelAccount } from './use-admin';

type Editing = { channel: Channel; account: ChannelAccountDto | null };

/** /admin/kanalen: the municipality's accounts per channel; secrets can be set, replaced or wiped, never read. */
export function ChannelAccountsPage() {
  const { t } = useTranslation();
  const accounts = useChannelAccounts();
  const toggle = useUpdateChannelAccount();
  const remove = useDeleteChannelAccount();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<ChannelAccountDto | null>(null);
  const [notice, setNotice] = useState('');

  const channelName = (channel: Channel) => t(`channel.${channel}`);

  return (
    <div className="admin-page__content">
      <div className="admin-page__heading">
        <h1>{t('admin.channels.title')}</h1>
        <p className="admin-page__intro">{t('admin.channels.intro')}</p>
      </div>
      <p className="admin-notice" role="status">
        {notice}
      </p>
      {toggle.isError && (
        <p className="form-error" role="alert">
          {errorMessage(toggle.error, t)}
        </p>
      )}

      {accounts.isPending && <LoadingState label={t('admin.channels.loading')} />}
      {accounts.isError && (
        <div role="alert" className="form-error">
          <p>{errorMessage(accounts.error, t)}</p>
          <button type="button" className="button" onClick={() => void accounts.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      )}

      {accounts.data &&
        CHANNELS.map((channel) => {
          const rows = accounts.data.filter((account) => account.channel === channel);
          const headingId = `admin-channel-${channel}`;
          const total = secretNamesOf(channel).length;
          return (
            <section className="admin-section" key={channel} aria-labelledby={headingId}>
              <div className="admin-section__header">
                <h2 id={headingId}>
                  <ChannelLabel channel={channel} size={24} />
                </h2>
                <button type="button" className="button" onClick={() => setEditing({ channel, account: null })}>
                  <span aria-hidden="true">+</span>
                  {t('admin.channels.add', { channel: channelName(channel) })}
                </button>
              </div>
              {rows.length === 0 ? (
                <p className="admin-empty">{t('admin.channels.empty')}</p>
              ) : (
                <table className="admin-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('admin.channels.columns.name')}</th>
                      <th scope="col">{t(`admin.channels.externalId.${channel}`)}</th>
                      <th scope="col">{t('admin.channels.columns.secrets')}</th>
                      <th scope="col">{t('admin.channels.columns.status')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('admin.channels.columns.actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((account) => (
                      <tr key={account.id}>
                        <th scope="row">{account.name}</th>
                        <td className="admin-table__mono">{account.externalId}</td>
                        <td className="admin-table__nowrap">
                          {account.secretsUnreadable ? (
                            <span className="admin-badge admin-badge--warning">
                              {t('admin.channels.secretsUnreadable')}
                            </span>
                          ) : (
                            t('admin.channels.secretsCount', { set: account.secretsSet.length, total })
                          )}
                        </td>
                        <td>
                          <span className={`admin-badge admin-badge--${account.enabled ? 'enabled' : 'disabled'}`}>
                            {t(account.enabled ? 'admin.channels.enabled' : 'admin.channels.disabled')}
                          </span>
                        </td>
                        <td className="admin-table__actions">
                          <button
                            type="button"
                            className="button button--quiet"
                            aria-label={t('admin.channels.editLabel', { name: account.name })}
                            onClick={() => setEditing({ channel, account })}
                          >
                            {t('admin.channels.edit')}
                          </button>
                          <button
                            type="button"
                            className="button button--quiet"
                            aria-label={t(
                              account.enabled ? 'admin.channels.disableLabel' : 'admin.channels.enableLabel',
                              {
                                name: account.name,
                              },
                            )}
                            disabled={toggle.isPending}
                            onClick={() =>
                              toggle.mutate(
                                { id: account.id, request: { enabled: !account.enabled } },
                                {
                                  onSuccess: (saved) =>
                                    setNotice(
                                      t(
                                        saved.enabled
                                          ? 'admin.channels.enabledNotice'
                                          : 'admin.channels.disabledNotice',
                                        {
                                          name: saved.name,
                                        },
                                      ),
                                    ),
                                },
                              )
                            }
                          >
                            {t(account.enabled ? 'admin.channels.disable' : 'admin.channels.enable')}
                          </button>
                          <button
                            type="button"
                            className="button button--quiet admin-table__delete"
                            aria-label={t('admin.channels.deleteLabel', { name: account.name })}
                            onClick={() => {
                              remove.reset();
                              setDeleting(account);
                            }}
                          >
                            {t('admin.channels.delete')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          );
        })}

      {editing && (
        <Dialog
          wide
          title={
            editing.account
              ? t('admin.channels.form.titleEdit', { name: editing.account.name })
              : t('admin.channels.form.titleNew', { channel: channelName(editing.channel) })
          }
          onClose={() => setEditing(null)}
        >
          <ChannelAccountForm
            channel={editing.channel}
            account={editing.account}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              setEditing(null);
              setNotice(t('admin.channels.saved', { name: saved.name }));
            }}
          />
        </Dialog>
      )}

      {deleting && (
        <Dialog title={t('admin.channels.confirmDelete.title')} onClose={() => setDeleting(null)}>
          <p className="dialog__text">{t('admin.channels.confirmDelete.message', { name: deleting.name })}</p>
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
                    setNotice(t('admin.channels.deleted', { name: deleting.name }));
                    setDeleting(null);
                  },
                })
              }
            >
              {t('admin.channels.confirmDelete.confirm')}
            </button>
            <button type="button" className="button" data-autofocus onClick={() => setDeleting(null)}>
              {t('admin.channels.confirmDelete.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
