import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, type Channel } from '@ingang/shared';
import { channelName } from '../ui/ChannelIcon';
import { errorMessage } from '../ui/error-message';
import { checkAddress } from './contact-address';
import { useLinkIdentity } from './use-contacts';

/** "Adres koppelen": another address the citizen gave (an e-mail address in a chat, a phone number in a mail). */
export function LinkIdentityForm({
  contactId,
  defaultChannel,
  identityCount,
  onDone,
  onCancel,
}: {
  contactId: string;
  defaultChannel: Channel;
  identityCount: number;
  onDone: (notice: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const link = useLinkIdentity(contactId);
  const [channel, setChannel] = useState<Channel>(defaultChannel);
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const channelId = useId();
  const addressId = useId();
  const hintId = useId();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (link.isPending) return;
    const checked = checkAddress(channel, address);
    if (!checked.ok) {
      setProblem(t(`contactPanel.link.problem.${checked.problem}`));
      return;
    }
    setProblem(null);
    link.mutate(
      { channel, externalId: checked.externalId },
      {
        onSuccess: (contact) => {
          // One more address: linked. More than one: the address belonged to someone else, who was merged in.
          const added = contact.identities.length - identityCount;
          const notice =
            added <= 0
              ? t('contactPanel.link.alreadyLinked')
              : added === 1
                ? t('contactPanel.link.done', { address: checked.externalId })
                : t('contactPanel.link.doneMerged', { address: checked.externalId });
          onDone(notice);
        },
      },
    );
  };

  return (
    <form className="contact-form" onSubmit={onSubmit} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <div className="field">
        <label htmlFor={channelId}>{t('contactPanel.link.channel')}</label>
        <select
          id={channelId}
          value={channel}
          onChange={(event) => {
            setChannel(event.target.value as Channel);
            setProblem(null);
          }}
        >
          {CHANNELS.map((each) => (
            <option key={each} value={each}>
              {channelName(each, 'private', t)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={addressId}>{t('contactPanel.link.address')}</label>
        <input
          id={addressId}
          type="text"
          value={address}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          inputMode={channel === 'whatsapp' ? 'tel' : channel === 'email' ? 'email' : 'text'}
          aria-describedby={hintId}
          aria-invalid={problem !== null || undefined}
          onChange={(event) => {
            setAddress(event.target.value);
            setProblem(null);
            if (link.isError) link.reset();
          }}
        />
        <p id={hintId} className="field__hint">
          {t(`contactPanel.link.hint.${channel}`)} {t('contactPanel.link.mergeHint')}
        </p>
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {link.isError && (
        <p className="form-error" role="alert">
          {errorMessage(link.error, t)}
        </p>
      )}
      <div className="contact-form__actions">
        <button type="button" className="button button--quiet button--small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={link.isPending}
          aria-busy={link.isPending || undefined}
        >
          {t('contactPanel.link.submit')}
        </button>
      </div>
    </form>
  );
}
