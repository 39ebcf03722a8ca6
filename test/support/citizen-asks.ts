import type { ConversationSummaryDto } from '@ingang/shared';
import { whatsappSecrets, type ServerHandle } from './server-process';
import type { EventRecorder } from './socket-client';
import { postWhatsAppWebhook, textMessage, type InboundOptions } from './whatsapp-webhooks';

/**
 * A citizen's first WhatsApp question, through the real signed webhook; resolves with the conversation the inbox
 * pushes for it.
 */
export async function citizenAsksOnWhatsApp(
  server: ServerHandle,
  events: EventRecorder,
  text: string,
  options: InboundOptions & { from: string },
): Promise<ConversationSummaryDto> {
  const created = events.waitFor('conversation.created', (c) => c.contact.handle === options.from, 10_000);
  const response = await postWhatsAppWebhook(
    server.baseUrl,
    textMessage(text, options),
    whatsappSecrets(server).appSecret,
  );
  if (response.status !== 200) throw new Error(`webhook answered ${response.status}: ${await response.text()}`);
  return created;
}
