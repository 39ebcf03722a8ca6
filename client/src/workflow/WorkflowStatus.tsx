import { useTranslation } from 'react-i18next';
import type { ConversationSummaryDto } from '@ingang/shared';
import { useCurrentUser } from '../auth/use-session';
import { useLanguage } from '../i18n/use-language';
import { presenceGroups } from './presence';
import { useConversationPresence } from './use-presence';

function listOfNames(names: string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
}

/** Who holds the conversation, and which colleagues look at it or type in it right now. */
export function WorkflowStatus({ conversation }: { conversation: ConversationSummaryDto }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const user = useCurrentUser().data ?? null;
  const viewers = useConversationPresence(conversation.id, user?.id ?? null);
  const { typing, viewing } = presenceGroups(viewers);
  const holder = conversation.assignee;

  const holding =
    conversation.status === 'resolved'
      ? t('workflow.holder.resolved')
      : holder && holder.id === user?.id
        ? t('workflow.holder.you')
        : holder
          ? t('workflow.holder.other', { name: holder.name })
          : conversation.department
            ? t('workflow.holder.department', { department: conversation.department.name })
            : t('workflow.holder.nobody');

  return (
    <div className="workflow-status">
      <p
        className={`workflow-status__holder${holder ? ' workflow-status__holder--held' : ''}`}
        id={`holder-${conversation.id}`}
        tabIndex={-1}
      >
        {holder && (
          <span className="holder-avatar" aria-hidden="true">
            {holder.name.trim().charAt(0).toUpperCase()}
          </span>
        )}
        {holding}
      </p>
      <p className="workflow-status__presence" aria-live="polite">
        {typing.length > 0 && (
          <span className="workflow-status__typing">
            {t('workflow.presence.typing', { names: listOfNames(typing, language), count: typing.length })}
          </span>
        )}
        {viewing.length > 0 && (
          <span className="workflow-status__viewing">
            <span className="presence-dot presence-dot--online" aria-hidden="true" />
            {t('workflow.presence.viewing', { names: listOfNames(viewing, language), count: viewing.length })}
          </span>
        )}
      </p>
    </div>
  );
}
