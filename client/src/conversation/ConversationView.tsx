import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/http';
import { ContactPanel } from '../contact/ContactPanel';
import { useContactPanel } from '../contact/use-contact-panel';
import { errorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/LoadingState';
import { Composer } from './Composer';
import { ConversationHeader } from './ConversationHeader';
import { MessageThread } from './MessageThread';
import { useConversation } from './use-conversation';
import './conversation.css';

const PANEL_ID = 'contact-panel';

export function ConversationView({ id }: { id: string }) {
  const { t } = useTranslation();
  const detail = useConversation(id);
  const [panelOpen, setPanelOpen] = useContactPanel();
  // Opened by the agent (not already open on arrival): focus moves into the panel, and back to the toggle on close.
  const [focusPanel, setFocusPanel] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);

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

  const { conversation, messages, repeatContact } = detail.data;
  return (
    <div className={`conversation-layout${panelOpen ? ' conversation-layout--panel-open' : ''}`}>
      <section className="conversation" aria-labelledby="conversation-title">
        <ConversationHeader
          conversation={conversation}
          repeatContact={repeatContact}
          panelOpen={panelOpen}
          panelId={PANEL_ID}
          toggleRef={toggleRef}
          onTogglePanel={() => {
            setFocusPanel(!panelOpen);
            setPanelOpen(!panelOpen);
          }}
        />
        <MessageThread
          messages={messages}
          contactName={conversation.contact.displayName}
          channel={conversation.channel}
          conversationVisibility={conversation.visibility}
          conversationSubject={conversation.subject}
        />
        <Composer detail={detail.data} />
      </section>
      {panelOpen && (
        <ContactPanel
          id={PANEL_ID}
          detail={detail.data}
          focusOnMount={focusPanel}
          onClose={() => {
            setPanelOpen(false);
            toggleRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}
