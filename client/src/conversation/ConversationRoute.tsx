import { useParams } from 'react-router-dom';
import { ConversationView } from './ConversationView';

export function ConversationRoute() {
  const { conversationId } = useParams();
  if (!conversationId) return null;
  // A fresh component per conversation: drafts, scroll position and template choices never leak across.
  return <ConversationView key={conversationId} id={conversationId} />;
}
