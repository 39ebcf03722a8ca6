import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummaryDto } from '@ingang/shared';
import { useCurrentUser } from '../auth/use-session';
import { useEscalate } from '../escalations/use-escalations';
import { conversationActions } from './conversation-actions';
import { EscalateDialog } from './EscalateDialog';
import { HandOverDialog } from './HandOverDialog';
import { ResolveDialog } from './ResolveDialog';
import { useColleagues, useConversationAction, type HoldAction } from './use-workflow';
import { workflowErrorMessage } from './workflow-error';

type OpenDialog = 'handOver' | 'escalate' | 'resolve' | null;

/**
 * The buttons of the claim bar: claim, release, hand over, take over (supervisors), escalate, resolve, reopen — only
 * those this user may use now. Results are announced; a refusal (409) says who holds the conversation.
 */
export function WorkflowActions({ conversation }: { conversation: ConversationSummaryDto }) {
  const { t } = useTranslation();
  const user = useCurrentUser().data ?? null;
  const action = useConversationAction(conversation.id);
  const escalate = useEscalate(conversation.id);
  const colleagues = useColleagues();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  if (!user) return null;
  const allowed = conversationActions(conversation, user);

  // The button pressed may be gone after the change (Oppakken becomes Vrijgeven): keep the focus in the bar.
  const keepFocus = () =>
    requestAnimationFrame(() => {
      if (document.activeElement === document.body || document.activeElement === null) {
        document.getElementById(`holder-${conversation.id}`)?.focus();
      }
    });

  const run = (next: HoldAction, done: string) => {
    setFailure(null);
    action.mutate(next, {
      onSuccess: () => {
        setDialog(null);
        setAnnouncement(done);
        keepFocus();
      },
      onError: (error) => {
        if (next.kind !== 'assign' && next.kind !== 'resolve') setFailure(workflowErrorMessage(error, t));
      },
    });
  };

  const open = (which: Exclude<OpenDialog, null>) => {
    action.reset();
    escalate.reset();
    setDialog(which);
  };
  // In the order an agent meets them: take it, give it away, pass it on, finish it.
  const buttons = [
    { action: 'claim', allowed: allowed.claim, onClick: () => run({ kind: 'claim' }, t('workflow.done.claimed')) },
    {
      action: 'takeOver',
      allowed: allowed.takeOver,
      onClick: () => run({ kind: 'assign', userId: user.id }, t('workflow.done.tookOver')),
    },
    {
      action: 'release',
      allowed: allowed.release,
      onClick: () => run({ kind: 'release' }, t('workflow.done.released')),
    },
    { action: 'handOver', allowed: allowed.handOver, opens: true, onClick: () => open('handOver') },
    { action: 'escalate', allowed: allowed.escalate, opens: true, onClick: () => open('escalate') },
    { action: 'resolve', allowed: allowed.resolve, opens: true, onClick: () => open('resolve') },
    { action: 'reopen', allowed: allowed.reopen, onClick: () => run({ kind: 'reopen' }, t('workflow.done.reopened')) },
  ] as const;

  const closeDialog = () => {
    setDialog(null);
    action.reset();
    escalate.reset();
  };
  const dialogError = action.isError ? workflowErrorMessage(action.error, t) : null;
  const nameOf = (id: string) => colleagues.data?.find((colleague) => colleague.id === id)?.name ?? '';

  return (
    <>
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
      {buttons.map((button) =>
        button.allowed ? (
          <button
            key={button.action}
            type="button"
            className={`button button--small${button.action === 'claim' ? ' button--primary' : ''}`}
            aria-haspopup={'opens' in button ? 'dialog' : undefined}
            disabled={'opens' in button ? undefined : action.isPending}
            onClick={button.onClick}
          >
            {t(`workflow.actions.${button.action}`)}
          </button>
        ) : null,
      )}
      {failure && (
        <p className="form-error workflow-actions__error" role="alert">
          {failure}
        </p>
      )}
      {dialog === 'handOver' && (
        <HandOverDialog
          conversation={conversation}
          pending={action.isPending}
          error={dialogError}
          onClose={closeDialog}
          onSubmit={(userId) =>
            run({ kind: 'assign', userId }, t('workflow.done.handedOver', { name: nameOf(userId) }))
          }
        />
      )}
      {dialog === 'resolve' && (
        <ResolveDialog
          conversation={conversation}
          pending={action.isPending}
          error={dialogError}
          onClose={closeDialog}
          onSubmit={(request) => run({ kind: 'resolve', request }, t('workflow.done.resolved'))}
        />
      )}
      {dialog === 'escalate' && (
        <EscalateDialog
          conversation={conversation}
          pending={escalate.isPending}
          error={escalate.isError ? workflowErrorMessage(escalate.error, t) : null}
          onClose={closeDialog}
          onSubmit={(request, department) =>
            escalate.mutate(request, {
              onSuccess: () => {
                setDialog(null);
                setAnnouncement(t('workflow.done.escalated', { department: department.name }));
                keepFocus();
              },
            })
          }
        />
      )}
    </>
  );
}
