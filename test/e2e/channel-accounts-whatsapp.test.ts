import type { ChannelAccountDto, ConversationSummaryDto, MessageDto, MessageTemplateDto } from '@ingang/shared';
import { randomBytes } from 'node:crypto';
import { FakeWhatsApp } from '../providers/fake-whatsapp';
import { startServer, type ServerHandle } from '../support/server-process';
import { connectSocket, recordEvents, type EventRecorder, type IngangSocket } from '../support/socket-client';
import { postWhatsAppWebhook, textMessage, verifyWhatsAppWebhook } from '../support/whatsapp-webhooks';

const secret = (prefix = '') => `${prefix}${randomBytes(16).toString('hex')}`;

// Two numbers of the municipality, each entered by the administrator with its own Meta credentials.
const centraal = {
  phoneNumberId: '106540352242922',
  appSecret: secret(),
  verifyToken: secret('verify-'),
  accessToken: secret('EAAG'),
  businessAccountId: '102290129340398',
};
const burgerzaken = {
  phoneNumberId: '106540352242977',
  appSecret: secret(),
  verifyToken: secret('verify-'),
  accessToken: secret('EAAG'),
  businessAccountId: '102290129340377',
};

describe('WhatsApp numbers entered as channel accounts, with no WhatsApp settings in the environment (real server)', () => {
  let fake: FakeWhatsApp;
  let server: ServerHandle;
  let token: string;
  let socket: IngangSocket;
  let events: EventRecorder;
  let citizen = 31620000000;
  let centraalAccount: ChannelAccountDto;

  const addAccount = async (number: typeof centraal, name: string) => {
    const created = await server.api<ChannelAccountDto>('/api/admin/channel-accounts', {
      token,
      body: {
        channel: 'whatsapp',
        externalId: number.phoneNumberId,
        name,
        secrets: { appSecret: number.appSecret, verifyToken: number.verifyToken, accessToken: number.accessToken },
        settings: { businessAccountId: number.businessAccountId },
      },
    });
    expect(created.status).toBe(201);
    return created.body;
  };

  /** A citizen writes to `number`, the webhook signed with `appSecret`; resolves with the new conversation. */
  async function citizenAsks(number: typeof centraal, text: string, appSecret = number.appSecret) {
    citizen += 1;
    const from = String(citizen);
    const created = events.waitFor('conversation.created', (c) => c.contact.handle === from, 10_000);
    const response = await postWhatsAppWebhook(
      server.baseUrl,
      textMessage(text, { from, phoneNumberId: number.phoneNumberId, wabaId: number.businessAccountId }),
      appSecret,
    );
    expect(response.status).toBe(200);
    return created;
  }

  const reply = (conversation: ConversationSummaryDto, text: string) =>
    server.api<MessageDto>(`/api/conversations/${conversation.id}/reply`, { method: 'POST', body: { text }, token });
  const delivery = (messageId: string, status: string) =>
    events.waitFor('message.updated', (m) => m.id === messageId && m.delivery?.status === status, 15_000);

  beforeAll(async () => {
    fake = await FakeWhatsApp.start({ autoStatuses: false });
    server = await startServer({
      WHATSAPP_APP_SECRET: '',
      WHATSAPP_VERIFY_TOKEN: '',
      WHATSAPP_ACCESS_TOKEN: '',
      WHATSAPP_BUSINESS_ACCOUNT_ID: '',
      WHATSAPP_API_BASE: fake.baseUrl,
    });
    token = await server.login();
    socket = await connectSocket(server.baseUrl, token);
    events = recordEvents(socket);
  });

  afterAll(async () => {
    socket?.disconnect();
    await server?.stop();
    await fake?.close();
  });

  it('has no WhatsApp webhook before the first account is entered', async () => {
    expect((await postWhatsAppWebhook(server.baseUrl, textMessage('Hallo?'), centraal.appSecret)).status).toBe(404);
    expect((await verifyWhatsAppWebhook(server.baseUrl, centraal.verifyToken, '1158201444')).status).toBe(404);
  });

  it("answers Meta's handshake with the account's verify token, and 403 to another", async () => {
    centraalAccount = await addAccount(centraal, 'WhatsApp Centraal');
    const ok = await verifyWhatsAppWebhook(server.baseUrl, centraal.verifyToken, '1158201444');
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    expect((await verifyWhatsAppWebhook(server.baseUrl, secret('verify-'), '1158201444')).status).toBe(403);
  });

  it("takes a webhook signed with the account's app secret, and refuses one signed with another with 401", async () => {
    const refused = await postWhatsAppWebhook(server.baseUrl, textMessage('Ongetekend'), secret());
    expect(refused.status).toBe(401);
    const conversation = await citizenAsks(centraal, 'Wanneer wordt het grofvuil opgehaald?');
    expect(conversation).toMatchObject({ channel: 'whatsapp', channelAccountId: centraal.phoneNumberId });
  });

  it("sends the reply with the account's access token, and lists the templates of its business account", async () => {
    const conversation = await citizenAsks(centraal, 'Kan ik een afspraak maken?');
    const answer = await reply(conversation, 'Ja, via de website.');
    expect(answer.status).toBe(202);
    const sent = await fake.waitForSent((m) => m.body.text?.body === 'Ja, via de website.');
    expect(sent).toMatchObject({
      phoneNumberId: centraal.phoneNumberId,
      authorization: `Bearer ${centraal.accessToken}`,
    });
    await delivery(answer.body.id, 'sent');

    fake.setTemplates([{ name: 'vraag_opvolging', language: 'nl', body: 'Beste {{1}}, {{2}}' }]);
    const templates = await server.api<MessageTemplateDto[]>(`/api/conversations/${conversation.id}/templates`, {
      token,
    });
    expect(templates.body.map((template) => template.name)).toEqual(['vraag_opvolging']);
    expect(fake.requests.filter((request) => request.path.endsWith('/message_templates'))).toEqual([
      expect.objectContaining({
        path: `/v21.0/${centraal.businessAccountId}/message_templates`,
        authorization: `Bearer ${centraal.accessToken}`,
      }),
    ]);
  });

  it('sends for a second number with that number’s own token and business account', async () => {
    await addAccount(burgerzaken, 'WhatsApp Burgerzaken');
    const conversation = await citizenAsks(burgerzaken, 'Mijn paspoort is verlopen');
    expect(conversation.channelAccountId).toBe(burgerzaken.phoneNumberId);
    const answer = await reply(conversation, 'Maak een afspraak bij Burgerzaken.');
    const sent = await fake.waitForSent((m) => m.body.text?.body === 'Maak een afspraak bij Burgerzaken.');
    expect(sent).toMatchObject({
      phoneNumberId: burgerzaken.phoneNumberId,
      authorization: `Bearer ${burgerzaken.accessToken}`,
    });
    await delivery(answer.body.id, 'sent');
    await server.api(`/api/conversations/${conversation.id}/templates`, { token });
    expect(fake.requests.map((request) => request.path)).toContain(
      `/v21.0/${burgerzaken.businessAccountId}/message_templates`,
    );
  });

  it("fails a reply for good with ACCOUNT_DISABLED once the number's account is disabled, and still takes its mail", async () => {
    const conversation = await citizenAsks(centraal, 'Is het stadhuis zaterdag open?');
    const disabled = await server.api<ChannelAccountDto>(`/api/admin/channel-accounts/${centraalAccount.id}`, {
      method: 'PATCH',
      token,
      body: { enabled: false },
    });
    expect(disabled.body.enabled).toBe(false);

    const answer = await reply(conversation, 'Nee, op zaterdag zijn we gesloten.');
    expect(answer.status).toBe(202);
    const failed = await delivery(answer.body.id, 'failed');
    expect(failed.delivery).toMatchObject({ failureCode: 'ACCOUNT_DISABLED' });
    expect(fake.sent.filter((m) => m.body.text?.body === 'Nee, op zaterdag zijn we gesloten.')).toHaveLength(0);

    // Its own secret no longer opens the webhook, but a message to the number signed for the same Meta app (here:
    // the other account's secret) is still stored: nothing Meta delivers is lost.
    const own = await postWhatsAppWebhook(
      server.baseUrl,
      textMessage('Na het uitschakelen', { phoneNumberId: centraal.phoneNumberId }),
      centraal.appSecret,
    );
    expect(own.status).toBe(401);
    const stored = await citizenAsks(centraal, 'Nog een vraag', burgerzaken.appSecret);
    expect(stored.channelAccountId).toBe(centraal.phoneNumberId);
  });
});
