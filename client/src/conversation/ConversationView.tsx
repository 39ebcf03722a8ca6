import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/http';
import { errorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/LoadingState';
import { Composer } from './Composer';
import { ConversationHeader } from './ConversationHeader';
import { MessageThread } from './MessageThread';
import { useConversation } from './use-conversation';
import './conversation.css';

export function ConversationView({ id }: { id: string }) {
  const { t } = useTranslation();
  const detail = useConversation(id);

  if (detail.isPending) return <LoadingState label={t('conversation.loading')} />;
  if (detail.isError) {
    return (
      <div className="conversation-message">
        <p role="alert">
          {isApiError(detail.error, 'NOT_FOUND') ? t('conversation.notFound') : errorMessage(detail.error, t)}
        </p>
      </div>
    );
  }

  const { conversation, identities, messages } = detail.data;
  return (
    <section className="conversation" aria-labelledby="conversation-title">
      <ConversationHeader conversation={conversation} identities={identities} />
      <MessageThread messages={messages} contactName={conversation.contact.displayName} />
      <Composer conversation={conversation} />
    </section>
  );
}
