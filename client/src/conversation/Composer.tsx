import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { replyWindow, type ConversationDetailDto, type ReplyWindow, type Visibility } from '@ingang/shared';
import { useNow } from '../ui/use-now';
import { ClosedWindowNotice } from './ClosedWindowNotice';
import { defaultReplyVisibility, replyVisibilityChoices } from './reply-visibility';
import { ReplyBox } from './ReplyBox';
import { ReplyWindowBanner } from './ReplyWindowBanner';
import { TemplatePicker } from './TemplatePicker';

/** Everything below the thread: the channel's reply window, then a free reply or a template. */
export function Composer({ detail }: { detail: ConversationDetailDto }) {
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
    <section className="composer" aria-label={t('reply.region')}>
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
          onTextChange={setDraft}
          visibility={visibility}
          choices={choices}
          onVisibilityChange={setVisibility}
          unavailable={unavailable}
          onWindowClosed={() => setClosedForInboundAt(lastInboundAt)}
          onUseTemplate={channel === 'whatsapp' ? () => setChoosingTemplate(true) : undefined}
        />
      )}
    </section>
  );
}
