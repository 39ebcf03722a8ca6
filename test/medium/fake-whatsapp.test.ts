import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeWhatsApp, type GraphErrorBody } from '../providers/fake-whatsapp';
import {
  batch,
  imageMessage,
  messageIds,
  metaJson,
  reactionMessage,
  signMeta,
  statusUpdate,
  textMessage,
  unsupportedMessage,
  type WhatsAppWebhook,
} from '../support/whatsapp-webhooks';

const TOKEN = 'EAAG-test-token';
const SECRET = 'app-secret';

interface SendAnswer {
  messaging_product: string;
  contacts: { input: string; wa_id: string }[];
  messages: { id: string; message_status?: string }[];
}

interface ReceivedWebhook {
  raw: string;
  signature: string | undefined;
  body: WhatsAppWebhook;
}

/** A stand-in for the server's webhook endpoint that keeps the raw bytes. */
async function startReceiver(): Promise<{ url: string; received: ReceivedWebhook[]; server: Server }> {
  const received: ReceivedWebhook[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const signature = request.headers['x-hub-signature-256'];
      received.push({ raw, signature: typeof signature === 'string' ? signature : undefined, body: JSON.parse(raw) });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/webhooks/whatsapp`, received, server };
}

describe(FakeWhatsApp.name, () => {
  let sut: FakeWhatsApp;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    receiver = await startReceiver();
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => receiver.server.close(() => resolve()));
  });

  beforeEach(async () => {
    receiver.received.length = 0;
    sut = await FakeWhatsApp.start({ accessToken: TOKEN, apiVersion: 'v21.0', autoStatuses: false });
  });

  afterEach(async () => {
    await sut.close();
  });

  const send = (body: unknown, token: string | null = TOKEN, phoneNumberId = '106540352242922') =>
    fetch(`${sut.baseUrl}/v21.0/${phoneNumberId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });

  const text = (to: string, body: string) => ({ messaging_product: 'whatsapp', to, type: 'text', text: { body } });

  it('answers a text send in Meta’s format and records it', async () => {
    const response = await send({ ...text('+31 6 12345678', 'Goedemiddag!'), recipient_type: 'individual' });

    expect(response.status).toBe(200);
    const answer = (await response.json()) as SendAnswer;
    expect(answer).toEqual({
      messaging_product: 'whatsapp',
      contacts: [{ input: '+31 6 12345678', wa_id: '31612345678' }],
      messages: [{ id: expect.stringMatching(/^wamid\.[A-Za-z0-9+/=]+$/) }],
    });
    expect(sut.sent).toHaveLength(1);
    expect(sut.sent[0]).toMatchObject({
      phoneNumberId: '106540352242922',
      version: 'v21.0',
      id: answer.messages[0].id,
      authorization: `Bearer ${TOKEN}`,
      body: { text: { body: 'Goedemiddag!' } },
    });
  });

  it('waits for a send that has not happened yet', async () => {
    const waiting = sut.waitForSent((message) => message.body.text?.body === 'later');
    await send(text('31612345678', 'earlier'));
    await send(text('31612345678', 'later'));

    await expect(waiting).resolves.toMatchObject({ body: { to: '31612345678' } });
  });

  it('refuses a call without the right bearer token with OAuthException 190', async () => {
    const missing = await send(text('31612345678', 'hoi'), null);
    const wrong = await send(text('31612345678', 'hoi'), 'not-the-token');

    for (const response of [missing, wrong]) {
      expect(response.status).toBe(401);
      const body = (await response.json()) as GraphErrorBody;
      expect(body.error).toMatchObject({ type: 'OAuthException', code: 190, fbtrace_id: expect.any(String) });
    }
    expect(sut.sent).toHaveLength(0);
    expect(sut.requests).toHaveLength(2);
  });

  it.each([
    ['no messaging_product', { to: '31612345678', type: 'text', text: { body: 'x' } }],
    ['another messaging_product', { messaging_product: 'sms', to: '31612345678', text: { body: 'x' } }],
    ['no recipient', { messaging_product: 'whatsapp', type: 'text', text: { body: 'x' } }],
    ['an empty text', { messaging_product: 'whatsapp', to: '31612345678', type: 'text', text: { body: '' } }],
    ['a text too long', text('31612345678', 'x'.repeat(4097))],
    ['an unknown type', { messaging_product: 'whatsapp', to: '31612345678', type: 'fax', fax: {} }],
    [
      'a template without language',
      { messaging_product: 'whatsapp', to: '31612345678', type: 'template', template: { name: 'x' } },
    ],
  ])('rejects a send with %s with error code 100', async (_case, body) => {
    const response = await send(body);

    expect(response.status).toBe(400);
    const answer = (await response.json()) as GraphErrorBody;
    expect(answer.error).toMatchObject({
      type: 'OAuthException',
      code: 100,
      message: expect.stringMatching(/^\(#100\)/),
    });
    expect(answer.error.error_data).toMatchObject({ messaging_product: 'whatsapp', details: expect.any(String) });
    expect(sut.sent).toHaveLength(0);
  });

  it('fails only the next sends it was told to fail', async () => {
    sut.failNext(2, { status: 503 });

    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await send(text('31612345678', `poging ${i}`))).status);

    expect(statuses).toEqual([503, 503, 200]);
    expect(sut.sent.map((message) => message.body.text?.body)).toEqual(['poging 2']);
  });

  it('answers the 24-hour window error with Meta’s body for code 131047', async () => {
    sut.failNext(1, sut.windowClosedError());

    const response = await send(text('31612345678', 'Nog een vraag?'));

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        message: '(#131047) Re-engagement message',
        type: 'OAuthException',
        code: 131047,
        error_data: {
          messaging_product: 'whatsapp',
          details:
            'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
        },
        fbtrace_id: expect.any(String),
      },
    });
  });

  it('hangs longer than a client waits, then drops the connection', async () => {
    sut.failNext(1, { hangMs: 400 });

    await expect(
      fetch(`${sut.baseUrl}/v21.0/1/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify(text('31612345678', 'hallo?')),
        signal: AbortSignal.timeout(100),
      }),
    ).rejects.toThrow();
    expect(sut.sent).toHaveLength(0);
  });

  it('can accept a send after hanging, as Meta does when only the answer got lost', async () => {
    sut.failNext(1, { hangMs: 150, thenAccept: true });

    await expect(send(text('31612345678', 'traag'), TOKEN).then((response) => response.status)).resolves.toBe(200);
    expect(sut.sent).toHaveLength(1);
  });

  it('serves media metadata and a download that needs the bearer token', async () => {
    const bytes = Buffer.from('%PDF-1.4 fake');
    sut.addMedia({ id: '1234567890', mimeType: 'application/pdf', bytes, fileName: 'bezwaar.pdf' });
    const auth = { authorization: `Bearer ${TOKEN}` };

    const metaResponse = await fetch(`${sut.baseUrl}/v21.0/1234567890`, { headers: auth });
    const meta = (await metaResponse.json()) as { url: string; sha256: string; file_size: number };
    const anonymous = await fetch(meta.url);
    const download = await fetch(meta.url, { headers: auth });
    const unknown = await fetch(`${sut.baseUrl}/v21.0/999`, { headers: auth });

    expect(meta).toEqual({
      messaging_product: 'whatsapp',
      url: expect.stringContaining(`${sut.baseUrl}/media-download/1234567890?`),
      mime_type: 'application/pdf',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      file_size: bytes.length,
      id: '1234567890',
    });
    expect(anonymous.status).toBe(401);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as GraphErrorBody).error).toMatchObject({ code: 100, error_subcode: 33 });
  });

  it('lists templates page by page in Meta’s shape', async () => {
    sut.setTemplates([
      { name: 'vraag_opvolging', language: 'nl', body: 'Beste {{1}}, {{2}}' },
      { name: 'doorgezet', language: 'nl', body: 'Uw vraag is doorgezet.' },
      { name: 'afsluiting', language: 'nl', category: 'marketing', status: 'paused', body: 'Tot ziens.' },
    ]);
    const get = async (url: string) =>
      (await (await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as {
        data: Record<string, unknown>[];
        paging: { cursors: { before: string; after: string }; next?: string };
      };

    const first = await get(`${sut.baseUrl}/v21.0/555/message_templates?limit=2`);
    const second = await get(first.paging.next ?? 'missing');

    expect(first.data).toEqual([
      {
        name: 'vraag_opvolging',
        parameter_format: 'POSITIONAL',
        components: [{ type: 'BODY', text: 'Beste {{1}}, {{2}}' }],
        language: 'nl',
        status: 'APPROVED',
        category: 'UTILITY',
        id: expect.stringMatching(/^\d+$/),
      },
      expect.objectContaining({ name: 'doorgezet' }),
    ]);
    expect(first.paging.cursors).toEqual({ before: expect.any(String), after: expect.any(String) });
    expect(second.data).toEqual([
      expect.objectContaining({ name: 'afsluiting', status: 'PAUSED', category: 'MARKETING' }),
    ]);
    expect(second.paging.next).toBeUndefined();
    expect(sut.requests.filter((request) => request.path.endsWith('/message_templates'))).toHaveLength(2);
  });

  it('checks a template send against the templates it knows', async () => {
    sut.setTemplates([{ name: 'vraag_opvolging', language: 'nl', body: 'Beste {{1}}, {{2}}' }]);
    const template = (name: string, parameters: string[]) => ({
      messaging_product: 'whatsapp',
      to: '31612345678',
      type: 'template',
      template: {
        name,
        language: { code: 'nl' },
        components: [{ type: 'body', parameters: parameters.map((value) => ({ type: 'text', text: value })) }],
      },
    });

    const ok = await send(template('vraag_opvolging', ['Sanne', 'Kunt u reageren?']));
    const unknown = await send(template('bestaat_niet', []));
    const wrongCount = await send(template('vraag_opvolging', ['Sanne']));

    expect(ok.status).toBe(200);
    expect(((await ok.json()) as SendAnswer).messages[0].message_status).toBe('accepted');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as GraphErrorBody).error.code).toBe(132001);
    expect(wrongCount.status).toBe(400);
    expect(((await wrongCount.json()) as GraphErrorBody).error.code).toBe(132000);
  });

  it('posts signed sent, delivered and read webhooks after a send', async () => {
    await sut.close();
    sut = await FakeWhatsApp.start({
      accessToken: TOKEN,
      webhook: { url: receiver.url, appSecret: SECRET },
      autoStatuses: { delaysMs: [5, 5, 5] },
    });

    const answer = (await (await send(text('31612345678', 'Dank u wel'))).json()) as SendAnswer;
    await sut.waitForStatusPosted((posted) => posted.status === 'read');

    const wamid = answer.messages[0].id;
    expect(receiver.received.map((webhook) => webhook.body.entry[0].changes[0].value.statuses?.[0].status)).toEqual([
      'sent',
      'delivered',
      'read',
    ]);
    for (const webhook of receiver.received) {
      expect(webhook.signature).toBe(signMeta(webhook.raw, SECRET));
      expect(webhook.body.entry[0].changes[0].value.statuses?.[0]).toMatchObject({
        id: wamid,
        recipient_id: '31612345678',
        timestamp: expect.stringMatching(/^\d{10}$/),
      });
    }
    expect(receiver.received[0].body.entry[0].changes[0].value.statuses?.[0]).toMatchObject({
      conversation: { id: expect.any(String), expiration_timestamp: expect.any(String), origin: { type: 'service' } },
      pricing: { pricing_model: 'PMP', category: 'service' },
    });
  });

  it('posts a failed status with Meta’s error object', async () => {
    sut.setWebhook({ url: receiver.url, appSecret: SECRET });

    const response = await sut.postStatus('wamid.X', 'failed', {
      recipient: '31687654321',
      error: { code: 131026, title: 'Message undeliverable' },
    });

    expect(response.status).toBe(200);
    expect(receiver.received[0].body.entry[0].changes[0].value.statuses).toEqual([
      {
        id: 'wamid.X',
        status: 'failed',
        timestamp: expect.any(String),
        recipient_id: '31687654321',
        errors: [
          {
            code: 131026,
            title: 'Message undeliverable',
            message: 'Message undeliverable',
            error_data: { details: 'Message undeliverable' },
            href: expect.any(String),
          },
        ],
      },
    ]);
  });
});

describe(metaJson.name, () => {
  it('escapes every non-ASCII character as lowercase \\uXXXX, emoji as a surrogate pair', () => {
    const raw = metaJson({ text: 'Café 👍 ± ẞ', url: 'https://example.nl/a' });

    expect(raw).toBe('{"text":"Caf\\u00e9 \\ud83d\\udc4d \\u00b1 \\u1e9e","url":"https:\\/\\/example.nl\\/a"}');
    expect(/^[\x20-\x7e]*$/.test(raw)).toBe(true);
    expect(JSON.parse(raw)).toEqual({ text: 'Café 👍 ± ẞ', url: 'https://example.nl/a' });
  });

  it('differs from plain JSON.stringify, so a re-serialised body no longer matches the signature', () => {
    const webhook = textMessage('Wanneer wordt het grofvuil opgehaald? 🙏');

    expect(metaJson(webhook)).not.toBe(JSON.stringify(webhook));
    expect(signMeta(metaJson(webhook), SECRET)).not.toBe(signMeta(JSON.stringify(webhook), SECRET));
  });
});

describe(signMeta.name, () => {
  it('is sha256= and the lowercase hex HMAC-SHA256 of the raw body', () => {
    // The HMAC-SHA256 example from Wikipedia's HMAC article.
    expect(signMeta('The quick brown fox jumps over the lazy dog', 'key')).toBe(
      'sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8',
    );
    expect(signMeta(Buffer.from('The quick brown fox jumps over the lazy dog'), 'key')).toBe(
      'sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8',
    );
  });
});

describe(batch.name, () => {
  it('combines messages and statuses of one number into one entry, contacts once', () => {
    const first = textMessage('Eerste', { from: '31611111111', name: 'Ahmed', timestamp: new Date(1_700_000_000_000) });
    const second = imageMessage({ from: '31611111111', name: 'Ahmed', caption: 'Foto' });
    const third = reactionMessage('wamid.A', undefined, { from: '31622222222', name: 'Fenna' });
    const status = statusUpdate('wamid.B', 'read');

    const sut = batch([first, second, third, status]);

    expect(sut.entry).toHaveLength(1);
    expect(sut.entry[0].changes).toHaveLength(2);
    const [messages, statuses] = sut.entry[0].changes.map((change) => change.value);
    expect(messages.contacts?.map((contact) => contact.wa_id)).toEqual(['31611111111', '31622222222']);
    expect(messages.messages?.map((message) => message.type)).toEqual(['text', 'image', 'reaction']);
    expect(messages.messages?.[0].timestamp).toBe('1700000000');
    expect(messages.messages?.[2].reaction).toEqual({ message_id: 'wamid.A' });
    expect(statuses.statuses?.[0].status).toBe('read');
    expect(messageIds(sut)).toHaveLength(3);
  });

  it('refuses more than 1,000 updates, as Meta never sends them', () => {
    const many = Array.from({ length: 1001 }, (_, i) => textMessage(`vraag ${i}`));

    expect(() => batch(many)).toThrow(/1000/);
  });

  it('builds an unsupported message with error 131051', () => {
    const value = unsupportedMessage().entry[0].changes[0].value;

    expect(value.messages?.[0]).toMatchObject({ type: 'unsupported', errors: [{ code: 131051 }] });
  });
});
