import type { ConversationDetailDto, ConversationPageDto } from '@ingang/shared';
import { QUEUES } from '@ingang/shared';
import { Queue } from 'bullmq';
import { startServer, whatsappSecrets, type ServerHandle } from '../support/server-process';
import { newWamid, postWhatsAppWebhook, textMessage } from '../support/whatsapp-webhooks';

function redisConnection() {
  const url = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  return { host: url.hostname, port: Number(url.port || 6379) };
}

describe('nothing acknowledged is lost (real server process, kill -9)', () => {
  let server: ServerHandle;
  let queue: Queue;

  beforeAll(async () => {
    server = await startServer();
    // Pausing the queue in Redis holds every stored event between acknowledgement and processing.
    queue = new Queue(QUEUES.inbound, { connection: redisConnection(), prefix: server.env.REDIS_PREFIX });
  });

  afterAll(async () => {
    await queue?.close();
    await server?.stop();
  });

  async function messagesOf(token: string, handle: string): Promise<string[]> {
    const page = await server.api<ConversationPageDto>('/api/conversations', { token });
    const conversation = page.body.items.find((item) => item.contact.handle === handle);
    if (!conversation) return [];
    const detail = await server.api<ConversationDetailDto>(`/api/conversations/${conversation.id}`, { token });
    return detail.body.messages.map((message) => message.preview);
  }

  it('applies an acknowledged message exactly once after the server was killed before processing it', async () => {
    await queue.pause();
    const webhook = textMessage('Vraag vlak voor de stroomstoring', {
      from: '31620000001',
      id: newWamid('31620000001'),
    });
    const { appSecret } = whatsappSecrets(server);
    expect((await postWhatsAppWebhook(server.baseUrl, webhook, appSecret)).status).toBe(200);
    // And Meta retries, since it never saw our answer arrive in time.
    expect((await postWhatsAppWebhook(server.baseUrl, webhook, appSecret)).status).toBe(200);
    await server.kill9();

    // The job may still be in Redis (then it runs after restart too) or lost: either way the message appears once.
    await queue.resume();
    await server.restart();
    const token = await server.login();
    expect(await messagesOf(token, '31620000001')).toEqual(['Vraag vlak voor de stroomstoring']);
  });

  it('recovers an acknowledged message whose queue job Redis lost', async () => {
    await queue.pause();
    const webhook = textMessage('Vraag waarvan de taak verdween', { from: '31620000002' });
    expect((await postWhatsAppWebhook(server.baseUrl, webhook, whatsappSecrets(server).appSecret)).status).toBe(200);
    await server.kill9();
    await queue.obliterate({ force: true });
    await server.restart();
    const token = await server.login();
    expect(await messagesOf(token, '31620000002')).toEqual(['Vraag waarvan de taak verdween']);
  });
});
