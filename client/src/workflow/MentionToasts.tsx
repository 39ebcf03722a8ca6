import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MentionDto } from '@ingang/shared';
import { conversationKeys, fetchConversation } from '../api/conversations-api';
import { getSocket } from '../api/socket';
import { useCurrentUser } from '../auth/use-session';
import './workflow.css';

interface Toast {
  mention: MentionDto;
  citizen: string | null;
}

// Older ones make way: a busy morning of mentions should not cover the inbox.
const MAX_TOASTS = 3;

/**
 * "Bram noemde je in een notitie bij Fatima": a polite announcement with a link to the conversation, for every
 * mention of the signed-in user, until they close it or open the conversation.
 */
export function MentionToasts() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [toasts, setToasts] = useState<Toast[]>([]);
  // A back-office user opens conversations on the back office's page.
  const base = useCurrentUser().data?.role === 'backoffice' ? '/backoffice' : '/conversations';

  useEffect(() => {
    const socket = getSocket();
    const onMention = (mention: MentionDto) => {
      // The citizen's name makes the toast worth reading; the conversation is usually cached already.
      void queryClient
        .ensureQueryData({
          queryKey: conversationKeys.detail(mention.conversationId),
          queryFn: ({ signal }) => fetchConversation(mention.conversationId, signal),
        })
        .then(
          (detail) => detail.conversation.contact.displayName,
          () => null,
        )
        .then((citizen) => setToasts((current) => [...current, { mention, citizen }].slice(-MAX_TOASTS)));
    };
    socket.on('mention.created', onMention);
    return () => {
      socket.off('mention.created', onMention);
    };
  }, [queryClient]);

  const dismiss = (messageId: string) =>
    setToasts((current) => current.filter((toast) => toast.mention.messageId !== messageId));

  return (
    <div className="toasts" aria-live="polite">
      {toasts.map(({ mention, citizen }) => (
        <div key={mention.messageId} className="toast">
          <p className="toast__title">
            {citizen
              ? t('notes.mention.title', { name: mention.by.name, citizen })
              : t('notes.mention.titleNoCitizen', { name: mention.by.name })}
          </p>
          <p className="toast__text">{mention.text}</p>
          <div className="toast__actions">
            <Link
              className="button button--primary button--small"
              to={`${base}/${mention.conversationId}`}
              onClick={() => dismiss(mention.messageId)}
            >
              {t('notes.mention.open')}
            </Link>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => dismiss(mention.messageId)}
            >
              {t('notes.mention.dismiss')}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
