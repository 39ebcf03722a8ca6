import { useParams } from 'react-router-dom';
import { ConversationView } from '../conversation/ConversationView';
import { useBackofficeContext } from './BackofficeLayout';
import { EscalationActions } from './EscalationActions';

/** The conversation behind an escalation, with the back office's actions instead of the webcare composer. */
export function BackofficeConversation() {
  const { conversationId } = useParams();
  const { announce, search } = useBackofficeContext();
  if (!conversationId) return null;
  return (
    <ConversationView
      key={conversationId}
      id={conversationId}
      backTo="/backoffice"
      actions={(detail) => <EscalationActions detail={detail} announce={announce} listSearch={search} />}
    />
  );
}
