import type { TFunction } from 'i18next';
import type { Channel } from '@ingang/shared';

// Codes come from every channel adapter and new ones appear; anything that is not a plain code word is not a key.
const CODE = /^[A-Z][A-Z0-9_]*$/;

/**
 * Why a reply was not delivered, in the agent's words: `delivery.failure.<CODE>_<channel>` when a channel says it
 * differently (WhatsApp's window needs a template, Messenger's does not), else `delivery.failure.<CODE>`, else the
 * general fallback for a code this client does not know yet.
 */
export function deliveryFailureText(code: string | null, channel: Channel, t: TFunction): string {
  const fallback = t('delivery.failure.fallback');
  if (!code || !CODE.test(code)) return fallback;
  return t(`delivery.failure.${code}`, { context: channel, defaultValue: fallback });
}
