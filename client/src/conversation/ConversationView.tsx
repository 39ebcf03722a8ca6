import { useRef, useState, type ReactNode } from 'react';
import type { ConversationDetailDto } from '@ingang/shared';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/http';
import { ContactPanel } from '../contact/ContactPanel';
import { useContactPanel } from '../contact/use-contact-panel';
import { EscalationPath } from '../escalations/EscalationPath';
import { ConversationTopics } from '../topics/ConversationTopics';
import { errorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/LoadingState';
import { Composer } from './Composer';
import { ConversationHeader } from './ConversationHeader';
import { MessageThread } from './MessageThread';
import { useConversation } from './use-conversation';
import './conversation.css';

const PANEL_ID = 'contact-panel';

interface ConversationViewProps {
  id: string;
  /** Where the header's "back" link goes (on narrow screens): the inbox by default. */
  backTo?: string;
  /** In place of the composer and the claim bar's actions: the back office's own actions on an escalation. */
  actions?: (detail: ConversationDetailDto) => ReactNode;
}

export function ConversationView({ id, backTo, actions }: ConversationViewProps) {
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
          backTo={backTo}
          showWorkflow={actions === undefined}
          onTogglePanel={() => {
            setFocusPanel(!panelOpen);
            setPanelOpen(!panelOpen);
          }}
        />
        <ConversationTopics key={conversation.id} conversationId={conversation.id} />
        <EscalationPath escalations={detail.data.escalations} />
        <MessageThread
          messages={messages}
          contactName={conversation.contact.displayName}
          channel={conversation.channel}
          conversationVisibility={conversation.visibility}
          conversationSubject={conversation.subject}
        />
        {actions ? actions(detail.data) : <Composer detail={detail.data} />}
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
