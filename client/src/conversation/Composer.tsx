import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { replyWindow, type ConversationSummaryDto, type ReplyWindow } from '@ingang/shared';
import { useNow } from '../ui/use-now';
import { ReplyBox } from './ReplyBox';
import { ReplyWindowBanner } from './ReplyWindowBanner';
import { TemplatePicker } from './TemplatePicker';

/** Everything below the thread: the channel's reply window, then a free reply or a template. */
export function Composer({ conversation }: { conversation: ConversationSummaryDto }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const [draft, setDraft] = useState('');
  const [choosingTemplate, setChoosingTemplate] = useState(false);
  // The server refused free text for this last inbound message (its clock wins); a new message reopens the window.
  const [closedForInboundAt, setClosedForInboundAt] = useState<string | null | undefined>(undefined);
  const { channel, lastInboundAt } = conversation;
  const closedByServer = closedForInboundAt !== undefined && closedForInboundAt === lastInboundAt;
  const windowState: ReplyWindow = closedByServer
    ? { state: 'closed', until: null, templatesRequired: channel === 'whatsapp' }
    : replyWindow(channel, lastInboundAt ? new Date(lastInboundAt) : null, now);
  const noReplyPossible = windowState.state === 'closed' && !windowState.templatesRequired;

  return (
    <section className="composer" aria-label={t('reply.region')}>
      <ReplyWindowBanner channel={channel} windowState={windowState} now={now} />
      {noReplyPossible ? (
        <p className="composer__closed">{t('reply.noReplyPossible')}</p>
      ) : windowState.templatesRequired || choosingTemplate ? (
        <TemplatePicker
          conversationId={conversation.id}
          notice={closedByServer ? t('reply.windowClosedByServer') : null}
          onCancel={windowState.templatesRequired ? undefined : () => setChoosingTemplate(false)}
        />
      ) : (
        <ReplyBox
          conversationId={conversation.id}
          text={draft}
          onTextChange={setDraft}
          onWindowClosed={() => setClosedForInboundAt(lastInboundAt)}
          onUseTemplate={channel === 'whatsapp' ? () => setChoosingTemplate(true) : undefined}
        />
      )}
    </section>
  );
}
