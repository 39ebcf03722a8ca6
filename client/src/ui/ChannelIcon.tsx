import type { Channel, Visibility } from '@ingang/shared';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const GLYPHS: Record<Channel, ReactNode> = {
  whatsapp: (
    <>
      <path d="M12 5.2a6.8 6.8 0 0 0-5.9 10.2L5.3 18.7l3.4-.8A6.8 6.8 0 1 0 12 5.2Z" fill="none" strokeWidth="1.6" />
      <path d="M9.6 9.2c.2-.4.5-.4.7-.4l.8 1.7-.6.8c.5 1 1.3 1.8 2.3 2.3l.8-.6 1.7.8c0 .3 0 .6-.4.8-.7.5-1.6.5-2.5 0a6.5 6.5 0 0 1-3.1-3.1c-.4-.8-.3-1.7.3-2.3Z" />
    </>
  ),
  messenger: (
    <>
      <path
        d="M12 5c-3.9 0-7 2.9-7 6.5 0 2 1 3.8 2.6 5v2.4l2.3-1.3c.7.2 1.4.3 2.1.3 3.9 0 7-2.9 7-6.5S15.9 5 12 5Z"
        fill="none"
        strokeWidth="1.6"
      />
      <path d="m8.2 13.2 2.6-2.7 1.9 1.5 2.9-2.7" fill="none" strokeWidth="1.6" strokeLinejoin="round" />
    </>
  ),
  twitter: <path d="M7 6.5h2.6l7.4 11H14.4ZM16.6 6.5 7.4 17.5" fill="none" strokeWidth="1.6" strokeLinejoin="round" />,
  email: (
    <>
      <rect x="5.5" y="7.5" width="13" height="9" rx="1.2" fill="none" strokeWidth="1.6" />
      <path d="m6 8.5 6 4.5 6-4.5" fill="none" strokeWidth="1.6" strokeLinejoin="round" />
    </>
  ),
};

// A public Facebook thread is comments under a Page post, not Messenger: it gets Facebook's own mark.
const FACEBOOK_GLYPH = (
  <path
    d="M13.3 19v-6h2l.3-2.4h-2.3V9.2c0-.7.2-1.2 1.2-1.2h1.2V5.9a16 16 0 0 0-1.8-.1c-1.8 0-3 1.1-3 3.1v1.7h-2V13h2v6Z"
    stroke="none"
  />
);

/** The channel's mark on a coloured tile; decorative, the label is given next to it as text. */
export function ChannelIcon({
  channel,
  visibility = 'private',
  size = 28,
}: {
  channel: Channel;
  visibility?: Visibility;
  size?: number;
}) {
  return (
    <svg
      className={`channel-icon channel-icon--${channel}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="24" height="24" rx="6" className="channel-icon__tile" />
      <g fill="#fff" stroke="#fff" strokeLinecap="round">
        {channel === 'messenger' && visibility === 'public' ? FACEBOOK_GLYPH : GLYPHS[channel]}
      </g>
    </svg>
  );
}

/** "Facebook Messenger", or for a public thread where it happens: "Facebook-reacties", "X-vermeldingen". */
export function channelName(channel: Channel, visibility: Visibility, t: TFunction): string {
  return visibility === 'public'
    ? t(`channelPublic.${channel}`, { defaultValue: t(`channel.${channel}`) })
    : t(`channel.${channel}`);
}

/** Icon plus the channel's name, visible or for screen readers only. */
export function ChannelLabel({
  channel,
  visibility = 'private',
  visible = true,
  size,
}: {
  channel: Channel;
  visibility?: Visibility;
  visible?: boolean;
  size?: number;
}) {
  const { t } = useTranslation();
  return (
    <span className="channel-label">
      <ChannelIcon channel={channel} visibility={visibility} size={size ?? (visible ? 20 : 28)} />
      <span className={visible ? undefined : 'visually-hidden'}>{channelName(channel, visibility, t)}</span>
    </span>
  );
}
