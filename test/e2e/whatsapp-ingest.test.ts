import type { ConversationDetailDto, ConversationPageDto } from '@ingang/shared';
import { FakeWhatsApp } from '../providers/fake-whatsapp';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../support/test-databases';
import { startServer, whatsappSecrets, type ServerHandle } from '../support/server-process';
import { connectSocket, recordEvents, type EventRecorder, type IngangSocket } from '../support/socket-client';
import {
  batch,
  contactsMessage,
  documentMessage,
  errorsOnlyChange,
  imageMessage,
  interactiveReply,
  locationMessage,
  metaJson,
  newWamid,
  postWhatsAppWebhook,
  reactionMessage,
  signMeta,
  textMessage,
  unsupportedMessage,
} from '../support/whatsapp-webhooks';

// A PNG of one pixel, as a citizen's photo of a broken lamp post would arrive: real bytes, real type.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe.each(DATABASE_KINDS)('WhatsApp webhook ingest (real server, Redis, %s)', (kind) => {
  let fake: FakeWhatsApp;
  let server: ServerHandle;
  let token: string;
  let socket: IngangSocket;
  let events: EventRecorder;
  let appSecret: string;
  let database: TestDatabase;

  const post = (body: unknown, secret: string | null = appSecret, headers?: Record<string, string>) =>
    postWhatsAppWebhook(server.baseUrl, body, secret, headers);
  const messageEvent = (providerText: string) =>
    events.waitFor('message.created', (message) => message.preview.includes(providerText), 10_000);

  beforeAll(async () => {
    fake = await FakeWhatsApp.start({ accessToken: 'wa-access-token' });
    database = await createTestDatabase(kind);
    server = await startServer({
      WHATSAPP_API_BASE: fake.baseUrl,
      WHATSAPP_ACCESS_TOKEN: 'wa-access-token',
      DATABASE_URL: database.url,
    });
    appSecret = whatsappSecrets(server).appSecret;
    token = await server.login();
    socket = await connectSocket(server.baseUrl, token);
    events = recordEvents(socket);
  });

  afterAll(async () => {
    socket?.disconnect();
    await server?.stop();
    await fake?.close();
    await database?.drop();
  });

  it("answers Meta's verification handshake with the challenge, and 403 to a wrong token", async () => {
    const { verifyToken } = whatsappSecrets(server);
    const ok = await fetch(
      `${server.baseUrl}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${verifyToken}&hub.challenge=1158201444`,
    );
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await ok.text()).toBe('1158201444');
    const wrong = await fetch(
      `${server.baseUrl}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1158201444`,
    );
    expect(wrong.status).toBe(403);
  });

  it('shows a signed message in the API and pushes it to a logged-in socket', async () => {
    const created = events.waitFor('conversation.created', (c) => c.contact.handle === '31600000001', 10_000);
    const response = await post(
      textMessage('Wanneer wordt het grofvuil opgehaald in de Spoorstraat? 🚛', {
        from: '31600000001',
        name: 'Anouk Jansen',
      }),
    );
    expect(response.status).toBe(200);
    const conversation = await created;
    const message = await messageEvent('grofvuil');
    expect(conversation.contact.displayName).toBe('Anouk Jansen');
    expect(message).toMatchObject({ conversationId: conversation.id, direction: 'inbound' });
    expect(message.content).toEqual({
      kind: 'text',
      text: 'Wanneer wordt het grofvuil opgehaald in de Spoorstraat? 🚛',
    });

    const list = await server.api<ConversationPageDto>('/api/conversations', { token });
    expect(list.body.items.map((item) => item.id)).toContain(conversation.id);
    const detail = await server.api<ConversationDetailDto>(`/api/conversations/${conversation.id}`, { token });
    expect(detail.body.messages.map((m) => m.preview)).toEqual([
      'Wanneer wordt het grofvuil opgehaald in de Spoorstraat? 🚛',
    ]);
  });

  it('checks the signature over the exact bytes Meta sent (escaped unicode), not re-serialised JSON', async () => {
    const webhook = textMessage('Hoeveel kost een paspoort voor mijn dochter? Groetjes, Zoë', { from: '31600000002' });
    const raw = metaJson(webhook);
    expect(raw).toContain('\\u00eb');
    const response = await fetch(`${server.baseUrl}/webhooks/whatsapp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signMeta(raw, appSecret) },
      body: raw,
    });
    expect(response.status).toBe(200);
    expect((await messageEvent('paspoort')).content).toEqual({
      kind: 'text',
      text: 'Hoeveel kost een paspoort voor mijn dochter? Groetjes, Zoë',
    });
  });

  it('refuses a bad or missing signature with 401 and stores nothing', async () => {
    const id = newWamid('31600000003');
    const webhook = textMessage('Ongetekend bericht over parkeren', { from: '31600000003', id });
    const wrong = await post(webhook, 'not-the-app-secret');
    const missing = await post(webhook, null);
    expect([wrong.status, missing.status]).toEqual([401, 401]);
    expect(await wrong.json()).toEqual({ error: { code: 'INVALID_SIGNATURE', message: expect.any(String) } });
    // Had either been stored, this properly signed delivery would be a duplicate and create nothing.
    expect((await post(webhook)).status).toBe(200);
    expect((await messageEvent('Ongetekend bericht')).content).toMatchObject({ kind: 'text' });
  });

  it('answers malformed JSON and a body that is not a WhatsApp webhook with 400 and a JSON error', async () => {
    const raw = '{"object":"whatsapp_business_account","entry":[{';
    const malformed = await fetch(`${server.baseUrl}/webhooks/whatsapp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signMeta(raw, appSecret) },
      body: raw,
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: { code: 'INVALID_JSON', message: expect.any(String) } });
    const wrongShape = await post({ object: 'instagram', entry: 'nope' });
    expect(wrongShape.status).toBe(400);
    expect((await wrongShape.json()).error.code).toBe('VALIDATION_FAILED');
  });

  it('refuses a body over the size limit with 413', async () => {
    const huge = textMessage('x'.repeat(5 * 1024 * 1024), { from: '31600000004' });
    const response = await post(huge);
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('stores a provider retry only once: the same message posted three times is one message', async () => {
    const webhook = textMessage('Drie keer dezelfde vraag over de hondenbelasting', { from: '31600000005' });
    const answers = await Promise.all([post(webhook), post(webhook), post(webhook)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    const message = await messageEvent('hondenbelasting');
    // A later, different message from the same citizen is applied after the retries: by then they are settled.
    await post(textMessage('En nog iets anders', { from: '31600000005' }));
    await messageEvent('En nog iets anders');
    const detail = await server.api<ConversationDetailDto>(`/api/conversations/${message.conversationId}`, { token });
    expect(detail.body.messages.filter((m) => m.preview.includes('hondenbelasting'))).toHaveLength(1);
    expect(events.all('message.created').filter((m) => m.preview.includes('hondenbelasting'))).toHaveLength(1);
  });

  it('stores a batch of 1,000 updates whole', async () => {
    const items = Array.from({ length: 1000 }, (_, i) =>
      textMessage(`Batchvraag ${i} over de afvalkalender`, { from: `3161${String(i % 50).padStart(7, '0')}` }),
    );
    const webhook = batch(items);
    const raw = metaJson(webhook);
    expect(Buffer.byteLength(raw)).toBeLessThan(3 * 1024 * 1024);
    const arrived = new Set<string>();
    const all = new Promise<void>((resolve) => {
      const onMessage = (message: { preview: string }) => {
        if (message.preview.startsWith('Batchvraag')) arrived.add(message.preview);
        if (arrived.size === 1000) {
          socket.off('message.created', onMessage);
          resolve();
        }
      };
      socket.on('message.created', onMessage);
    });
    expect((await post(webhook)).status).toBe(200);
    await all;
    expect(arrived.size).toBe(1000);
  });

  it('fetches media through the Graph media endpoint and serves it for download', async () => {
    fake.addMedia({ id: '1099512345678901', mimeType: 'image/png', bytes: PNG });
    await post(
      imageMessage({
        from: '31600000006',
        mediaId: '1099512345678901',
        mimeType: 'image/png',
        caption: 'Lantaarnpaal kapot',
      }),
    );
    const created = await messageEvent('Lantaarnpaal kapot');
    expect(created.content).toMatchObject({ kind: 'media', mediaType: 'image', caption: 'Lantaarnpaal kapot' });
    const stored = await events.waitFor(
      'message.updated',
      (m) => m.id === created.id && m.attachments[0]?.status === 'stored',
      10_000,
    );
    const download = await fetch(`${server.baseUrl}${stored.attachments[0].url}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PNG);
    const anonymous = await fetch(`${server.baseUrl}${stored.attachments[0].url}`);
    expect(anonymous.status).toBe(401);
  });

  it('serves a document as a download, never inline', async () => {
    fake.addMedia({ id: '1099512345678902', mimeType: 'text/html', bytes: Buffer.from('<script>alert(1)</script>') });
    await post(
      documentMessage({
        from: '31600000007',
        mediaId: '1099512345678902',
        mimeType: 'text/html',
        fileName: 'brief.html',
        caption: 'Mijn brief',
      }),
    );
    const created = await messageEvent('Mijn brief');
    const stored = await events.waitFor(
      'message.updated',
      (m) => m.id === created.id && m.attachments[0]?.status === 'stored',
      10_000,
    );
    const download = await fetch(`${server.baseUrl}${stored.attachments[0].url}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(download.headers.get('content-type')).toBe('application/octet-stream');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="brief.html"/);
  });

  it('understands location, contacts, interactive replies and reactions, and keeps unknown types as unsupported', async () => {
    const from = '31600000008';
    const question = newWamid(from);
    await post(textMessage('Waar kan ik de melding doen?', { from, id: question }));
    await messageEvent('melding doen');
    await post(
      batch([
        locationMessage(
          { latitude: 52.0907, longitude: 5.1214, name: 'Stadhuis', address: 'Stadsplateau 1, Utrecht' },
          { from },
        ),
        contactsMessage([{ name: { formatted_name: 'Piet de Boer' }, phones: [{ phone: '+31 6 12345678' }] }], {
          from,
        }),
        interactiveReply({ kind: 'button_reply', id: 'afspraak', title: 'Afspraak maken' }, { from }),
        reactionMessage(question, '🙏', { from }),
        unsupportedMessage({ from }),
        errorsOnlyChange(),
      ]),
    );
    const location = await events.waitFor('message.created', (m) => m.content.kind === 'location', 10_000);
    expect(location.content).toEqual({
      kind: 'location',
      latitude: 52.0907,
      longitude: 5.1214,
      name: 'Stadhuis',
      address: 'Stadsplateau 1, Utrecht',
    });
    expect((await events.waitFor('message.created', (m) => m.content.kind === 'contacts')).content).toMatchObject({
      contacts: [{ name: 'Piet de Boer', phones: ['+31 6 12345678'] }],
    });
    expect((await events.waitFor('message.created', (m) => m.content.kind === 'choice')).content).toEqual({
      kind: 'choice',
      text: 'Afspraak maken',
      choiceId: 'afspraak',
    });
    const reaction = await events.waitFor('message.created', (m) => m.content.kind === 'reaction');
    const questionMessage = events.all('message.created').find((m) => m.preview === 'Waar kan ik de melding doen?');
    expect(reaction.content).toEqual({ kind: 'reaction', emoji: '🙏', targetMessageId: questionMessage?.id });
    expect((await events.waitFor('message.created', (m) => m.content.kind === 'unsupported')).content).toMatchObject({
      kind: 'unsupported',
      providerType: 'unsupported',
    });
  });
});
