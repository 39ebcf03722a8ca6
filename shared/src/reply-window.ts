import type { Channel } from './channels';

const HOUR = 3_600_000;

export type ReplyWindowState = 'open' | 'tagged' | 'closed' | 'always';

export interface ReplyWindow {
  /** open: free replies; tagged: only with Messenger's HUMAN_AGENT tag; closed: templates only (WhatsApp) or no reply. */
  state: ReplyWindowState;
  /** When the current state ends; null when it does not end by itself. */
  until: Date | null;
  templatesRequired: boolean;
}

// The channels' own reply windows, counted in plain hours from the citizen's last message (not working hours).
export function replyWindow(
  channel: Channel,
  lastInboundAt: Date | null,
  now: Date,
  visibility: 'private' | 'public' = 'private',
): ReplyWindow {
  // Public comments and tweets, mail: no provider window.
  if (channel === 'twitter' || channel === 'email' || visibility === 'public') {
    return { state: 'always', until: null, templatesRequired: false };
  }
  if (!lastInboundAt) return { state: 'closed', until: null, templatesRequired: channel === 'whatsapp' };
  const freeUntil = new Date(lastInboundAt.getTime() + 24 * HOUR);
  if (now < freeUntil) return { state: 'open', until: freeUntil, templatesRequired: false };
  if (channel === 'messenger') {
    const taggedUntil = new Date(lastInboundAt.getTime() + 7 * 24 * HOUR);
    if (now < taggedUntil) return { state: 'tagged', until: taggedUntil, templatesRequired: false };
  }
  return { state: 'closed', until: null, templatesRequired: channel === 'whatsapp' };
}
