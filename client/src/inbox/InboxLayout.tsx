import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useParams } from 'react-router-dom';
import { useCurrentUser } from '../auth/use-session';
import { ConversationList } from './ConversationList';
import { InboxFilters } from './InboxFilters';
import { NextQuestionButton } from './NextQuestionButton';
import { useInboxFilter } from './use-inbox-filter';
import './inbox.css';

/** Queue on the left, the open conversation on the right; the queue stays put while conversations change. */
export function InboxLayout() {
  const { t } = useTranslation();
  const { conversationId } = useParams();
  const [filter, setFilter] = useInboxFilter();
  const role = useCurrentUser().data?.role;
  // A back office works on its own page; the inbox is webcare's.
  if (role === 'backoffice') return <Navigate to="/backoffice" replace />;
  return (
    <div className={`inbox-layout${conversationId ? ' inbox-layout--conversation-open' : ''}`}>
      <nav className="inbox-pane" aria-labelledby="inbox-title">
        <div className="inbox-pane__header">
          <div className="inbox-pane__title-row">
            <h1 id="inbox-title" className="inbox-pane__title">
              {t('inbox.title')}
            </h1>
            <NextQuestionButton />
          </div>
          <InboxFilters filter={filter} onChange={setFilter} />
        </div>
        <ConversationList filter={filter} selectedId={conversationId ?? null} />
      </nav>
      <main className="conversation-pane" id="conversation-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
