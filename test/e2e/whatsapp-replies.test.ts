import type { ConversationSummaryDto, MessageDto, MessageTemplateDto } from '@ingang/shared';
import { FakeWhatsApp } from '../providers/fake-whatsapp';
import { startServer, whatsappSecrets, type ServerHandle } from '../support/server-process';
import { connectSocket, recordEvents, type EventRecorder, type IngangSocket } from '../support/socket-client';
import { postWhatsAppWebhook, textMessage, TEST_PHONE_NUMBER_ID } from '../support/whatsapp-webhooks';

describe('WhatsApp replies (real server, Redis, SQLite; fake Cloud API)', () => {
  let fake: FakeWhatsApp;
  let server: ServerHandle;
  let token: string;
  let socket: IngangSocket;
  let events: EventRecorder;
  let citizen = 31610000000;

  /** A citizen writes (at `sentAt`); resolves with the conversation the inbox shows for it. */
  async function citizenAsks(text: string, sentAt = new Date()): Promise<ConversationSummaryDto> {
    citizen += 1;
    const from = String(citizen);
    const created = events.waitFor('conversation.created', (c) => c.contact.handle === from, 10_000);
    const response = await postWhatsAppWebhook(
      server.baseUrl,
      textMessage(text, { from, timestamp: sentAt }),
      whatsappSecrets(server).appSecret,
    );
    expect(response.status).toBe(200);
    return created;
  }

  const reply = (conversationId: string, body: unknown) =>
    server.api<MessageDto>(`/api/conversations/${conversationId}/reply`, { method: 'POST', body, token });
  const delivery = (messageId: string, status: string) =>
    events.waitFor('message.updated', (m) => m.id === messageId && m.delivery?.status === status, 15_000);

  beforeAll(async () => {
    fake = await FakeWhatsApp.start({ accessToken: 'wa-token', autoStatuses: false });
    server = await startServer({
      WHATSAPP_API_BASE: fake.baseUrl,
      WHATSAPP_ACCESS_TOKEN: 'wa-token',
      WHATSAPP_BUSINESS_ACCOUNT_ID: 'WABA-TEST',
    });
    fake.setWebhook({ url: `${server.baseUrl}/webhooks/whatsapp`, appSecret: whatsappSecrets(server).appSecret });
    token = await server.login();
    socket = await connectSocket(server.baseUrl, token);
    events = recordEvents(socket);
  });

  afterAll(async () => {
    socket?.disconnect();
    await server?.stop();
    await fake?.close();
  });

  it('sends the answer through the Cloud API and shows sent, delivered and read as they are reported', async () => {
    const conversation = await citizenAsks('Mijn container is niet geleegd');
    const answer = await reply(conversation.id, { text: 'Dank u wel, we sturen de wagen morgen langs.' });
    expect(answer.status).toBe(202);
    expect(answer.body.delivery?.status).toBe('pending');
    const sent = await fake.waitForSent((m) => m.body.text?.body === 'Dank u wel, we sturen de wagen morgen langs.');
    expect(sent).toMatchObject({
      phoneNumberId: TEST_PHONE_NUMBER_ID,
      authorization: 'Bearer wa-token',
      body: { messaging_product: 'whatsapp', to: conversation.contact.handle, type: 'text' },
    });
    await delivery(answer.body.id, 'sent');
    await fake.postStatus(sent.id, 'delivered', { recipient: conversation.contact.handle });
    await delivery(answer.body.id, 'delivered');
    await fake.postStatus(sent.id, 'read', { recipient: conversation.contact.handle });
    await delivery(answer.body.id, 'read');
    // The clock stopped: the citizen has an answer.
    const updated = events
      .all('conversation.updated')
      .filter((c) => c.id === conversation.id)
      .pop();
    expect(updated).toMatchObject({ waitingSince: null, unansweredCount: 0 });
  });

  it('takes read without delivered, and ignores a late delivered after read', async () => {
    const conversation = await citizenAsks('Wanneer is het milieustraat open?');
    const answer = await reply(conversation.id, { text: 'Maandag tot en met zaterdag.' });
    const sent = await fake.waitForSent((m) => m.body.text?.body === 'Maandag tot en met zaterdag.');
    await delivery(answer.body.id, 'sent');
    await fake.postStatus(sent.id, 'read');
    await delivery(answer.body.id, 'read');
    await fake.postStatus(sent.id, 'delivered');
    await fake.postStatus(sent.id, 'read');
    const detail = await server.api<{ messages: MessageDto[] }>(`/api/conversations/${conversation.id}`, { token });
    expect(detail.body.messages.find((m) => m.id === answer.body.id)?.delivery?.status).toBe('read');
  });

  it('retries after a 503 from the provider and then delivers', async () => {
    const conversation = await citizenAsks('Is het gemeentehuis open op tweede kerstdag?');
    fake.failNext(2, { status: 503, body: { error: { message: 'Service temporarily unavailable', code: 2 } } });
    const answer = await reply(conversation.id, { text: 'Nee, dan zijn we gesloten.' });
    const sent = await fake.waitForSent((m) => m.body.text?.body === 'Nee, dan zijn we gesloten.', 10_000);
    expect(sent.body.to).toBe(conversation.contact.handle);
    await delivery(answer.body.id, 'sent');
    expect(fake.sent.filter((m) => m.body.text?.body === 'Nee, dan zijn we gesloten.')).toHaveLength(1);
  });

  it('retries after a timeout', async () => {
    const conversation = await citizenAsks('Kan ik mijn rijbewijs online verlengen?');
    fake.failNext(1, { hangMs: 4000 });
    const answer = await reply(conversation.id, { text: 'Ja, via de website van het RDW.' });
    await delivery(answer.body.id, 'sent');
  });

  it('marks a reply failed with its reason when Meta refuses it (131047: outside the 24-hour window)', async () => {
    const conversation = await citizenAsks('Hoe vraag ik een parkeervergunning aan?');
    fake.failNext(1, fake.windowClosedError());
    const answer = await reply(conversation.id, { text: 'Via Mijn Gemeente.' });
    const failed = await delivery(answer.body.id, 'failed');
    expect(failed.delivery).toMatchObject({
      failureCode: 'WINDOW_CLOSED',
      failureDetail: expect.stringContaining('131047'),
    });
    expect(fake.sent.filter((m) => m.body.text?.body === 'Via Mijn Gemeente.')).toHaveLength(0);
    // An answer that never arrived answers nothing: the question is waiting again, since the citizen's message.
    await events.waitFor(
      'conversation.updated',
      (c) => c.id === conversation.id && c.waitingSince === conversation.waitingSince && c.unansweredCount === 1,
    );
  });

  it('shows a failure that Meta reports later through a status webhook', async () => {
    const conversation = await citizenAsks('Waar haal ik een gehandicaptenparkeerkaart?');
    const answer = await reply(conversation.id, { text: 'Bij de balie Burgerzaken.' });
    const sent = await fake.waitForSent((m) => m.body.text?.body === 'Bij de balie Burgerzaken.');
    await delivery(answer.body.id, 'sent');
    await fake.postStatus(sent.id, 'failed', {
      error: {
        code: 131026,
        title: 'Message undeliverable',
        details: 'Receiver is incapable of receiving this message',
      },
    });
    const failed = await delivery(answer.body.id, 'failed');
    expect(failed.delivery?.failureCode).toBe('RECIPIENT_UNAVAILABLE');
    await events.waitFor('conversation.updated', (c) => c.id === conversation.id && c.unansweredCount === 1);
  });

  it("offers the account's approved templates once the window has closed, and sends one in Meta's template format", async () => {
    fake.setTemplates([
      { name: 'vraag_opvolging', language: 'nl', body: 'Beste {{1}}, u stelde ons een vraag via WhatsApp. {{2}}' },
      { name: 'concept_sjabloon', language: 'nl', status: 'PENDING', body: 'Nog niet goedgekeurd' },
    ]);
    // Friday afternoon's question, answered on Monday: 66 hours later.
    const conversation = await citizenAsks(
      'Graag een afspraak voor een ID-kaart',
      new Date(Date.now() - 66 * 3_600_000),
    );
    const refused = await reply(conversation.id, { text: 'Dat kan op dinsdag.' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: 'WINDOW_CLOSED', details: { templatesRequired: true } } });

    const templates = await server.api<MessageTemplateDto[]>(`/api/conversations/${conversation.id}/templates`, {
      token,
    });
    expect(templates.body).toEqual([
      {
        name: 'vraag_opvolging',
        language: 'nl',
        category: 'UTILITY',
        body: 'Beste {{1}}, u stelde ons een vraag via WhatsApp. {{2}}',
        parameterCount: 2,
      },
    ]);
    const answer = await reply(conversation.id, {
      template: { name: 'vraag_opvolging', language: 'nl', parameters: ['Sanne', 'U kunt dinsdag om 10:00 terecht.'] },
    });
    expect(answer.status).toBe(202);
    const sent = await fake.waitForSent((m) => m.body.type === 'template');
    expect(sent.body).toMatchObject({
      messaging_product: 'whatsapp',
      to: conversation.contact.handle,
      type: 'template',
      template: {
        name: 'vraag_opvolging',
        language: { code: 'nl' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'Sanne' },
              { type: 'text', text: 'U kunt dinsdag om 10:00 terecht.' },
            ],
          },
        ],
      },
    });
    await delivery(answer.body.id, 'sent');
  });

  it('refuses a reply that is empty, too long or not a reply, and one to a conversation that does not exist', async () => {
    const conversation = await citizenAsks('Test voor foute invoer');
    const cases: [unknown, string][] = [
      [{ text: '' }, 'VALIDATION_FAILED'],
      [{ text: 'x'.repeat(5000) }, 'VALIDATION_FAILED'],
      [{ html: '<b>hoi</b>' }, 'VALIDATION_FAILED'],
      [{ template: { name: 'x', language: 'nl', parameters: [{ nested: true }] } }, 'VALIDATION_FAILED'],
      ['tekst', 'INVALID_JSON'],
      [null, 'INVALID_JSON'],
    ];
    for (const [body, code] of cases) {
      const response = await reply(conversation.id, body);
      expect([response.status, (response.body as unknown as { error: { code: string } }).error.code]).toEqual([
        400,
        code,
      ]);
    }
    const missing = await reply('00000000-0000-4000-8000-000000000000', { text: 'hallo' });
    expect(missing.status).toBe(404);
    const notAnId = await reply('1%20OR%201=1', { text: 'hallo' });
    expect(notAnId.status).toBe(400);
  });

  it('needs a login for the API and the socket', async () => {
    const anonymous = await server.api('/api/conversations');
    expect(anonymous.status).toBe(401);
    const forged = await server.api('/api/conversations', { token: 'forged-token' });
    expect(forged.status).toBe(401);
    await expect(connectSocket(server.baseUrl, 'forged-token', 3000)).rejects.toThrow(/UNAUTHENTICATED/);
  });
});
