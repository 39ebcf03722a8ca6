import { useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { replyWindow, type ConversationDetailDto, type ReplyWindow, type Visibility } from '@ingang/shared';
import { useCurrentUser } from '../auth/use-session';
import { useNow } from '../ui/use-now';
import { conversationActions } from '../workflow/conversation-actions';
import { MessageModeToggle, type MessageMode } from '../workflow/MessageModeToggle';
import { NoteComposer } from '../workflow/NoteComposer';
import { ReplyBlockedNotice } from '../workflow/ReplyBlockedNotice';
import { useTypingSignal } from '../workflow/use-presence';
import { ClosedWindowNotice } from './ClosedWindowNotice';
import { defaultReplyVisibility, replyVisibilityChoices } from './reply-visibility';
import { ReplyBox } from './ReplyBox';
import { ReplyWindowBanner } from './ReplyWindowBanner';
import { TemplatePicker } from './TemplatePicker';

/**
 * Everything below the thread: a choice between answering the citizen and an internal note; for an answer the
 * channel's reply window, then a free reply or a template. Who may not answer now (a colleague holds the
 * conversation, a back office has it) is told why and gets the note box.
 */
export function Composer({ detail }: { detail: ConversationDetailDto }) {
  const { t } = useTranslation();
  const { conversation } = detail;
  const user = useCurrentUser().data ?? null;
  const [mode, setMode] = useState<MessageMode>('reply');
  const typing = useTypingSignal(conversation.id);
  const block = user ? conversationActions(conversation, user).replyBlock : null;
  const writing: MessageMode = block ? 'note' : mode;

  return (
    <section className={`composer composer--${writing}`} aria-label={t('reply.region')}>
      {block ? (
        <ReplyBlockedNotice block={block} />
      ) : (
        <MessageModeToggle
          mode={mode}
          onChange={(next) => {
            typing.stopped();
            setMode(next);
          }}
        />
      )}
      {/* Both stay mounted, so a draft survives a look at the other. */}
      {!block && (
        <div hidden={writing !== 'reply'}>
          <CitizenReply detail={detail} onTyping={typing.typed} onStopTyping={typing.stopped} />
        </div>
      )}
      <div hidden={writing !== 'note'}>
        <NoteComposer conversationId={conversation.id} onTyping={typing.typed} onStopTyping={typing.stopped} />
      </div>
    </section>
  );
}

function CitizenReply({
  detail,
  onTyping,
  onStopTyping,
}: {
  detail: ConversationDetailDto;
  onTyping: () => void;
  onStopTyping: () => void;
}) {
  const { t } = useTranslation();
  const { conversation } = detail;
  const now = useNow(1000);
  const [draft, setDraft] = useState('');
  const [visibility, setVisibility] = useState<Visibility>(() => defaultReplyVisibility(conversation));
  const [choosingTemplate, setChoosingTemplate] = useState(false);
  // The server refused free text for this last inbound message (its clock wins); a new message reopens the window.
  const [closedForInboundAt, setClosedForInboundAt] = useState<string | null | undefined>(undefined);
  const { channel, lastInboundAt } = conversation;
  const closedByServer = closedForInboundAt !== undefined && closedForInboundAt === lastInboundAt;
  const choices = replyVisibilityChoices(conversation);

  // The reply box sets a new text while the agent types, and clears it (by a function of the old) once sent.
  const onDraftChange: Dispatch<SetStateAction<string>> = (next) => {
    setDraft(next);
    if (typeof next === 'string' && next.trim() !== '') onTyping();
    else onStopTyping();
  };

  const windowFor = (wanted: Visibility): ReplyWindow =>
    closedByServer && wanted === 'private'
      ? { state: 'closed', until: null, templatesRequired: channel === 'whatsapp' }
      : replyWindow(channel, lastInboundAt ? new Date(lastInboundAt) : null, now, wanted);
  const windowState = windowFor(visibility);
  // In a public thread a private message follows the channel's own window; the public answer is always possible.
  // A closed private route is shown and blocked, never silently switched to public under the agent's draft.
  const privateClosed = choices.includes('private') && windowFor('private').state === 'closed';
  const unavailable: Partial<Record<Visibility, string>> = privateClosed
    ? { private: t('replyVisibility.privateClosed') }
    : {};
  const noReplyPossible = windowState.state === 'closed' && !windowState.templatesRequired && choices.length === 0;

  return (
    <>
      <ReplyWindowBanner channel={channel} windowState={windowState} now={now} />
      {noReplyPossible ? (
        <ClosedWindowNotice detail={detail} />
      ) : windowState.templatesRequired || choosingTemplate ? (
        <TemplatePicker
          conversationId={conversation.id}
          notice={closedByServer ? t('reply.windowClosedByServer') : null}
          onCancel={windowState.templatesRequired ? undefined : () => setChoosingTemplate(false)}
        />
      ) : (
        <ReplyBox
          conversationId={conversation.id}
          channel={channel}
          text={draft}
          onTextChange={onDraftChange}
          visibility={visibility}
          choices={choices}
          onVisibilityChange={setVisibility}
          unavailable={unavailable}
          onWindowClosed={() => setClosedForInboundAt(lastInboundAt)}
          onUseTemplate={channel === 'whatsapp' ? () => setChoosingTemplate(true) : undefined}
        />
      )}
    </>
  );
}
