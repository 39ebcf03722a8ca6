import { useTranslation } from 'react-i18next';
import type { Channel, ReplyWindow } from '@ingang/shared';
import { formatDateTime, formatDuration } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';

// Below this the agent is warned: a reply composed now may miss the window.
const CLOSING_SOON_MS = 2 * 3_600_000;

/** Shows whether the channel still accepts a free reply and for how long (WhatsApp 24 h, Messenger 24 h/7 d). */
export function ReplyWindowBanner({
  channel,
  windowState,
  now,
}: {
  channel: Channel;
  windowState: ReplyWindow;
  now: Date;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (windowState.state === 'always') return null;

  // The window is the channel's own rule: "Messenger-venster", not the longer channel name of the inbox.
  const channelName = t(`replyWindow.name.${channel}`, { defaultValue: t(`channel.${channel}`) });
  const remaining = windowState.until ? windowState.until.getTime() - now.getTime() : 0;
  const duration = formatDuration(remaining, t);
  const tone =
    windowState.state === 'closed'
      ? 'closed'
      : windowState.state === 'open' && remaining > CLOSING_SOON_MS
        ? 'open'
        : 'closing';
  const text =
    windowState.state === 'open'
      ? t('replyWindow.open', { channel: channelName, duration })
      : windowState.state === 'tagged'
        ? t('replyWindow.tagged', { channel: channelName, duration })
        : windowState.templatesRequired
          ? t('replyWindow.closedTemplates', { channel: channelName })
          : t('replyWindow.closed', { channel: channelName });

  return (
    <div className={`reply-window reply-window--${tone}`}>
      <span className="reply-window__dot" aria-hidden="true" />
      <span title={windowState.until ? formatDateTime(windowState.until, language) : undefined}>{text}</span>
      {/* Announce changes of state only, not every tick of the countdown. */}
      <span className="visually-hidden" aria-live="polite">
        {t(`replyWindow.state.${windowState.state}`, { channel: channelName })}
      </span>
    </div>
  );
}
