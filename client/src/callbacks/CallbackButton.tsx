import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import type { CallbackDto, ConversationDetailDto, ConversationSummaryDto } from '@ingang/shared';
import { conversationKeys } from '../api/conversations-api';
import { useCurrentUser } from '../auth/use-session';
import { formatDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { CallbackDialog } from './CallbackDialog';
import { useCallbackList, useCallbackLiveUpdates } from './use-callbacks';
import './callbacks.css';

/** In the conversation's header: book a callback; shows how many are open for this conversation already. */
export function CallbackButton({ conversation }: { conversation: ConversationSummaryDto }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const queryClient = useQueryClient();
  const user = useCurrentUser().data;
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState('');
  const openCallbacks = useCallbackList({
    status: 'open',
    departmentId: user?.role === 'backoffice' ? user.departmentId : null,
    mine: false,
    conversationId: conversation.id,
  });
  useCallbackLiveUpdates();
  const count = openCallbacks.data?.length ?? 0;
  // The citizen's other addresses (a WhatsApp number on an e-mail conversation) come with the conversation.
  const identities = queryClient.getQueryData<ConversationDetailDto>(
    conversationKeys.detail(conversation.id),
  )?.identities;

  const booked = (callback: CallbackDto) => {
    setOpen(false);
    setNotice(t('callbacks.button.booked', { moment: formatDateTime(callback.deadlineAt, language) }));
  };

  return (
    <span className="callback-button">
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={() => {
          setNotice('');
          setOpen(true);
        }}
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path
            d="M5.2 1.8 6.6 4.9 5.1 6.2c.8 1.7 2 2.9 3.7 3.7l1.3-1.5 3.1 1.4-.5 2.8c-.1.5-.6.9-1.1.8C6.8 12.9 3.1 9.2 2.6 4.4c-.1-.5.3-1 .8-1.1Z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
            strokeLinejoin="round"
          />
        </svg>
        {t('callbacks.button.label')}
        {count > 0 && (
          <span className="callback-button__count">
            <span aria-hidden="true">{count}</span>
            <span className="visually-hidden">{t('callbacks.button.openCount', { count })}</span>
          </span>
        )}
      </button>
      <span className="visually-hidden" role="status">
        {notice}
      </span>
      {open && (
        <CallbackDialog
          conversation={conversation}
          identities={identities}
          onClose={() => setOpen(false)}
          onBooked={booked}
        />
      )}
    </span>
  );
}
