import { CHANNEL_ACCOUNT_FIELDS, type Channel, type ChannelAccountDto } from '@ingang/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/http';
import { ChannelLabel } from '../ui/ChannelIcon';
import { adminErrorMessage } from './admin-error';
import {
  accountFormFor,
  emptyAccountForm,
  invalidFieldsOf,
  toCreateRequest,
  toUpdateRequest,
  type AccountFormState,
} from './channel-account-form';
import { useCreateChannelAccount, useUpdateChannelAccount } from './use-admin';

/** Add an account of a channel, or change one. Secret inputs are never filled in: an empty one keeps the secret. */
export function ChannelAccountForm({
  channel,
  account,
  onSaved,
  onCancel,
}: {
  channel: Channel;
  account: ChannelAccountDto | null;
  onSaved: (account: ChannelAccountDto) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<AccountFormState>(() =>
    account ? accountFormFor(account) : emptyAccountForm(channel),
  );
  const create = useCreateChannelAccount();
  const update = useUpdateChannelAccount();
  const mutation = account ? update : create;
  const idPrefix = useId();
  const fieldId = (name: string) => `${idPrefix}-${name.replace('.', '-')}`;
  const externalIdKind = CHANNEL_ACCOUNT_FIELDS[channel].externalId;
  const invalid = isApiError(mutation.error, 'VALIDATION_FAILED') ? invalidFieldsOf(mutation.error.details) : [];
  const labelOf = (path: string) => {
    const [group, name] = path.split('.');
    if (group === 'externalId') return t(`admin.channels.externalId.${channel}`);
    if ((group === 'secrets' || group === 'settings') && name) return t(`admin.fields.${name}`);
    return t(`admin.channels.form.${group}`, { defaultValue: group });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (account) update.mutate({ id: account.id, request: toUpdateRequest(form, account) }, { onSuccess: onSaved });
    else create.mutate(toCreateRequest(form), { onSuccess: onSaved });
  };

  const textField = (path: string, label: string, value: string, onChange: (value: string) => void, hint?: string) => (
    <div className="field" key={path}>
      <label htmlFor={fieldId(path)}>{label}</label>
      <input
        id={fieldId(path)}
        type={path === 'externalId' && externalIdKind === 'email' ? 'email' : 'text'}
        inputMode={path === 'externalId' && externalIdKind === 'digits' ? 'numeric' : undefined}
        required={path === 'name' || path === 'externalId'}
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={invalid.includes(path) || undefined}
        aria-describedby={hint ? `${fieldId(path)}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && (
        <p className="field__hint" id={`${fieldId(path)}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );

  return (
    <form className="admin-form" onSubmit={submit}>
      <p className="admin-form__channel">
        <span className="field__label">{t('admin.channels.form.channel')}</span>
        <ChannelLabel channel={channel} />
      </p>
      {textField('name', t('admin.channels.form.name'), form.name, (name) => setForm({ ...form, name }))}
      {textField(
        'externalId',
        t(`admin.channels.externalId.${channel}`),
        form.externalId,
        (externalId) => setForm({ ...form, externalId }),
        t(`admin.channels.externalIdHint.${channel}`),
      )}
      {Object.keys(form.settings).map((name) =>
        textField(`settings.${name}`, t(`admin.fields.${name}`), form.settings[name], (value) =>
          setForm({ ...form, settings: { ...form.settings, [name]: value } }),
        ),
      )}

      <fieldset className="admin-form__secrets">
        <legend>{t('admin.channels.form.secrets')}</legend>
        <p className="field__hint">
          {t(account ? 'admin.channels.form.secretsHintEdit' : 'admin.channels.form.secretsHint')}
        </p>
        {account?.secretsUnreadable && (
          <p className="admin-warning" role="note">
            {t('admin.channels.form.unreadable')}
          </p>
        )}
        {Object.keys(form.secrets).map((name) => {
          const path = `secrets.${name}`;
          const secret = form.secrets[name];
          const isSet = account?.secretsSet.includes(name) ?? false;
          const setSecret = (next: Partial<typeof secret>) =>
            setForm({ ...form, secrets: { ...form.secrets, [name]: { ...secret, ...next } } });
          return (
            <div className="field admin-form__secret" key={path}>
              <label htmlFor={fieldId(path)}>{t(`admin.fields.${name}`)}</label>
              <div className="admin-form__secret-row">
                <input
                  id={fieldId(path)}
                  type="password"
                  // Keeps the browser from offering the administrator's own saved password here.
                  autoComplete="new-password"
                  spellCheck={false}
                  value={secret.value}
                  disabled={secret.clear}
                  placeholder={
                    secret.clear
                      ? t('admin.channels.form.secretCleared')
                      : isSet
                        ? t('admin.channels.form.secretSet')
                        : t('admin.channels.form.secretNotSet')
                  }
                  aria-invalid={invalid.includes(path) || undefined}
                  onChange={(event) => setSecret({ value: event.target.value })}
                />
                {isSet && (
                  <label className="admin-form__clear">
                    <input
                      type="checkbox"
                      checked={secret.clear}
                      aria-label={t('admin.channels.form.clearLabel', { field: t(`admin.fields.${name}`) })}
                      onChange={(event) => setSecret({ clear: event.target.checked, value: '' })}
                    />
                    <span aria-hidden="true">{t('admin.channels.form.clear')}</span>
                  </label>
                )}
              </div>
            </div>
          );
        })}
      </fieldset>

      <div className="admin-form__check">
        <input
          id={fieldId('enabled')}
          type="checkbox"
          checked={form.enabled}
          aria-describedby={`${fieldId('enabled')}-hint`}
          onChange={(event) => setForm({ ...form, enabled: event.target.checked })}
        />
        <label htmlFor={fieldId('enabled')}>{t('admin.channels.form.enabled')}</label>
        <p className="field__hint" id={`${fieldId('enabled')}-hint`}>
          {t('admin.channels.form.enabledHint')}
        </p>
      </div>

      {mutation.isError && (
        <p className="form-error" role="alert">
          {invalid.length > 0
            ? t('admin.channels.form.invalid', { fields: [...new Set(invalid.map(labelOf))].join(', ') })
            : adminErrorMessage(mutation.error, t, t('admin.channels.exists'))}
        </p>
      )}

      <div className="admin-form__actions">
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('admin.channels.form.saving') : t('admin.channels.form.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('admin.channels.form.cancel')}
        </button>
      </div>
    </form>
  );
}
