import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useOutletContext, useParams, useSearchParams } from 'react-router-dom';
import type { ConversationSummaryDto } from '@ingang/shared';
import { useCurrentUser } from '../auth/use-session';
import type { EscalationFilter } from '../escalations/escalations-api';
import { useEscalations } from '../escalations/use-escalations';
import { useConversationList } from '../inbox/use-conversation-list';
import { isWebcare } from '../workflow/conversation-actions';
import { useDepartments } from '../workflow/use-workflow';
import { EscalationList } from './EscalationList';
import '../inbox/inbox.css';
import './backoffice.css';

const DEPARTMENT_PARAM = 'afdeling';
// The conversations behind the escalations: who the citizen is, on which channel.
const ESCALATED = { statuses: ['escalated' as const], channels: [], slaStates: [] };

export interface BackofficeContext {
  /** Says what just happened, for screen readers, after the conversation closed and the list came back. */
  announce: (text: string) => void;
  search: string;
}

export function useBackofficeContext(): BackofficeContext {
  return useOutletContext<BackofficeContext>();
}

/**
 * A back office's work: its department's open escalations, nearest deadline first, counting down in working time;
 * the chosen one on the right with the back office's actions. Webcare may look in too, per department.
 */
export function BackofficeLayout() {
  const { t } = useTranslation();
  const { conversationId } = useParams();
  const user = useCurrentUser().data ?? null;
  const [searchParams, setSearchParams] = useSearchParams();
  const departments = useDepartments();
  const [announcement, setAnnouncement] = useState({ text: '', count: 0 });
  const webcare = user !== null && isWebcare(user.role);
  const departmentId = webcare ? searchParams.get(DEPARTMENT_PARAM) || null : (user?.departmentId ?? null);
  const filter = useMemo<EscalationFilter>(() => ({ statuses: ['open'], departmentId }), [departmentId]);
  const escalations = useEscalations(filter, user !== null);
  const conversations = useConversationList(ESCALATED);
  const byId = useMemo(() => {
    const map = new Map<string, ConversationSummaryDto>();
    for (const page of conversations.data?.pages ?? []) for (const item of page.items) map.set(item.id, item);
    return map;
  }, [conversations.data]);
  const department = departments.data?.find((candidate) => candidate.id === departmentId);
  const title = departmentId
    ? t('backoffice.title', { department: department?.name ?? '…' })
    : t('backoffice.titleAll');
  const search = searchParams.toString() ? `?${searchParams.toString()}` : '';
  const context: BackofficeContext = {
    announce: (text) => setAnnouncement((previous) => ({ text, count: previous.count + 1 })),
    search,
  };

  return (
    <div className={`inbox-layout backoffice${conversationId ? ' inbox-layout--conversation-open' : ''}`}>
      <nav className="inbox-pane" aria-labelledby="backoffice-title">
        <div className="inbox-pane__header">
          {webcare && (
            <Link className="backoffice__inbox-link" to="/">
              {t('backoffice.toInbox')}
            </Link>
          )}
          <h1 id="backoffice-title" className="inbox-pane__title" tabIndex={-1}>
            {title}
          </h1>
          {webcare && (
            <div className="field backoffice__department">
              <label htmlFor="backoffice-department">{t('backoffice.department')}</label>
              <select
                id="backoffice-department"
                value={departmentId ?? ''}
                onChange={(event) =>
                  setSearchParams(
                    (current) => {
                      const next = new URLSearchParams(current);
                      if (event.target.value) next.set(DEPARTMENT_PARAM, event.target.value);
                      else next.delete(DEPARTMENT_PARAM);
                      return next;
                    },
                    { replace: true },
                  )
                }
              >
                <option value="">{t('backoffice.allDepartments')}</option>
                {departments.data?.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <p className="backoffice__lead">{t('backoffice.lead')}</p>
        </div>
        <EscalationList
          query={escalations}
          conversations={byId}
          selectedId={conversationId ?? null}
          search={search}
          showDepartment={departmentId === null}
        />
      </nav>
      <main className="conversation-pane" id="conversation-main" tabIndex={-1}>
        <Outlet context={context} />
      </main>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement.text + (announcement.count % 2 === 1 ? '\u200b' : '')}
      </div>
    </div>
  );
}
