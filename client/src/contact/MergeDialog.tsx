import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactSummaryDto } from '@ingang/shared';
import { ChannelIcon, channelName } from '../ui/ChannelIcon';
import { errorMessage } from '../ui/error-message';
import { useContact, useMergeContact } from './use-contacts';

/** A modal confirmation (native <dialog>: focus trapped, Escape cancels) that says exactly what a merge does. */
export function MergeDialog({
  contactId,
  contactName,
  other,
  onClose,
  onMerged,
}: {
  contactId: string;
  contactName: string;
  other: ContactSummaryDto;
  onClose: () => void;
  onMerged: () => void;
}) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const merge = useMergeContact(contactId);
  // Once merged the other contact is gone: stop asking for it.
  const otherDetail = useContact(merge.isSuccess ? null : other.id);
  const titleId = useId();
  const bodyId = useId();
  const conversationCount = otherDetail.data?.conversations.length;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // The element that opened the dialog gets the focus back (showModal does not restore it everywhere).
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);

  const confirm = () => {
    if (merge.isPending) return;
    merge.mutate(other.id, { onSuccess: onMerged });
  };

  return (
    <dialog
      ref={dialogRef}
      className="merge-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        if (!merge.isPending) onClose();
      }}
    >
      <h2 id={titleId} className="merge-dialog__title">
        {t('contactPanel.merge.confirmTitle', { other: other.displayName, name: contactName })}
      </h2>
      <div id={bodyId} className="merge-dialog__body">
        <p>{t('contactPanel.merge.explanation', { other: other.displayName, name: contactName })}</p>
        <p>
          {conversationCount === undefined
            ? t('contactPanel.merge.countingConversations')
            : t('contactPanel.merge.conversationsMove', { count: conversationCount, name: contactName })}
        </p>
        <p className="merge-dialog__warning">{t('contactPanel.merge.irreversible')}</p>
      </div>
      <p className="merge-dialog__label">{t('contactPanel.merge.addressesMove')}</p>
      <ul className="identity-list identity-list--compact">
        {other.identities.map((identity) => (
          <li key={`${identity.channel}:${identity.externalId}`} className="identity">
            <ChannelIcon channel={identity.channel} size={20} />
            <span className="identity__text">
              <span className="identity__channel">{channelName(identity.channel, 'private', t)}</span>
              <span className="identity__address">{identity.externalId}</span>
            </span>
          </li>
        ))}
      </ul>
      {merge.isError && (
        <p className="form-error" role="alert">
          {errorMessage(merge.error, t)}
        </p>
      )}
      <div className="merge-dialog__actions">
        {/* Cancel first and focused: a merge cannot be undone, so Enter should not do it by accident. */}
        <button type="button" className="button" autoFocus onClick={onClose} disabled={merge.isPending}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={confirm}
          disabled={merge.isPending}
          aria-busy={merge.isPending || undefined}
        >
          {t('contactPanel.merge.confirm')}
        </button>
      </div>
    </dialog>
  );
}
