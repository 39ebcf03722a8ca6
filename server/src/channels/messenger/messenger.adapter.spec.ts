import { Logger } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import type { ChannelAccountsService } from '../../channel-accounts/channel-accounts.service';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { AccountCredentials } from '../account-credentials';
import type { OutboundRequest } from '../channel.adapter';
import { MessengerAdapter } from './messenger.adapter';

const now = new Date('2026-11-20T14:00:00Z');
// A clock stopped at `now`.
const clock = Object.assign(new Clock(), { now: () => now });
const noAccounts = {
  enabledExternalIds: async () => [],
  secretCandidates: async () => [],
  credentials: async () => null,
};

function adapter(env: Record<string, string> = {}) {
  return new MessengerAdapter(
    AppConfig.fromEnv({
      MESSENGER_APP_SECRET: 'app-secret',
      MESSENGER_VERIFY_TOKEN: 'verify-me',
      MESSENGER_PAGE_TOKEN: 'page-token',
      MESSENGER_API_BASE: 'http://graph.test/',
      ...env,
    }),
    clock,
    new AccountCredentials(noAccounts as unknown as ChannelAccountsService),
  );
}

const reply: OutboundRequest = {
  accountId: 'PAGE1',
  to: 'PSID1',
  content: { kind: 'text', text: 'Graag gedaan.' },
  replyToProviderId: 'm_1',
  idempotencyKey: 'id-1',
  visibility: 'private',
  threadKey: null,
  subject: null,
  references: [],
  quote: null,
  lastInboundAt: '2026-11-20T13:00:00Z',
};

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe(MessengerAdapter.name, () => {
  afterEach(() => jest.restoreAllMocks());

  it('is configured by its app secret alone when it has no accounts', async () => {
    expect(await adapter().isConfigured()).toBe(true);
    expect(await adapter({ MESSENGER_APP_SECRET: '' }).isConfigured()).toBe(false);
  });

  it("answers Meta's handshake with the challenge only for the right verify token", async () => {
    const sut = adapter();
    const query = { 'hub.mode': 'subscribe', 'hub.verify_token': 'verify-me', 'hub.challenge': '1158201444' };
    expect(await sut.handshake(query)).toEqual({ status: 200, body: '1158201444' });
    expect((await sut.handshake({ ...query, 'hub.verify_token': 'nope' })).status).toBe(403);
    expect((await sut.handshake({ ...query, 'hub.mode': 'unsubscribe' })).status).toBe(403);
  });

  it('checks X-Hub-Signature-256 over the raw bytes with its own app secret', async () => {
    const sut = adapter();
    const raw = Buffer.from('{"object":"page","entry":[]}');
    const signature = `sha256=${createHmac('sha256', 'app-secret').update(raw).digest('hex')}`;
    expect(await sut.verifySignature({ 'x-hub-signature-256': signature }, raw)).toBe(true);
    expect(await sut.verifySignature({ 'x-hub-signature-256': signature }, Buffer.from(`${raw.toString()} `))).toBe(
      false,
    );
    expect(await sut.verifySignature({}, raw)).toBe(false);
  });

  it('sends with the page token and returns the message id', async () => {
    const fetch = jest
      .spyOn(global, 'fetch')
      .mockResolvedValue(answer(200, { recipient_id: 'PSID1', message_id: 'm_out' }));
    await expect(adapter().send(reply)).resolves.toEqual({ providerMessageId: 'm_out' });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('http://graph.test/v21.0/PAGE1/messages');
    expect(init?.headers).toMatchObject({ authorization: 'Bearer page-token' });
    expect(JSON.parse(String(init?.body))).toMatchObject({ recipient: { id: 'PSID1' }, messaging_type: 'RESPONSE' });
  });

  it("turns Meta's refusals into failure codes, retryable only where waiting helps", async () => {
    const sut = adapter();
    const cases: [Response, { retryable: boolean; failureCode: string }][] = [
      [
        answer(400, {
          error: {
            message: "(#551) This person isn't available right now.",
            type: 'OAuthException',
            code: 551,
            error_subcode: 1545041,
            fbtrace_id: 'x',
          },
        }),
        { retryable: false, failureCode: 'WINDOW_CLOSED' },
      ],
      [
        answer(400, { error: { message: '(#613) Calls to this api have exceeded the rate limit.', code: 613 } }),
        { retryable: true, failureCode: 'RATE_LIMITED' },
      ],
      [
        answer(503, { error: { message: 'Service temporarily unavailable', code: 2 } }),
        { retryable: true, failureCode: 'PROVIDER_UNAVAILABLE' },
      ],
      [
        new Response('<html>Bad gateway</html>', { status: 502 }),
        { retryable: true, failureCode: 'PROVIDER_UNAVAILABLE' },
      ],
      [
        answer(401, { error: { message: 'Invalid OAuth access token.', code: 190 } }),
        { retryable: false, failureCode: 'NOT_AUTHORISED' },
      ],
    ];
    for (const [response, expected] of cases) {
      jest.spyOn(global, 'fetch').mockResolvedValueOnce(response);
      await expect(sut.send(reply)).rejects.toMatchObject(expected);
    }
  });

  it('retries a send that got no answer', async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(global, 'fetch').mockRejectedValue(Object.assign(new Error('timed out'), { name: 'TimeoutError' }));
    await expect(adapter().send(reply)).rejects.toMatchObject({ retryable: true, failureCode: 'PROVIDER_UNAVAILABLE' });
  });

  it('downloads an attachment from its URL without the page token, refusing one that is too large', async () => {
    const fetch = jest
      .spyOn(global, 'fetch')
      .mockResolvedValueOnce(
        new Response('PNG', { status: 200, headers: { 'content-type': 'image/png', 'content-length': '3' } }),
      )
      .mockResolvedValueOnce(new Response('x'.repeat(10), { status: 200, headers: { 'content-length': '10' } }))
      .mockResolvedValueOnce(new Response('URL signature expired', { status: 403 }));
    const sut = adapter();
    await expect(sut.fetchMedia('PAGE1', 'https://cdn.test/p.png?oh=1', 5)).resolves.toMatchObject({
      mimeType: 'image/png',
      size: 3,
    });
    expect(fetch.mock.calls[0][1]).not.toHaveProperty('headers');
    await expect(sut.fetchMedia('PAGE1', 'https://cdn.test/big', 5)).rejects.toMatchObject({
      failureCode: 'MEDIA_TOO_LARGE',
    });
    await expect(sut.fetchMedia('PAGE1', 'https://cdn.test/old', 5)).rejects.toMatchObject({
      retryable: false,
      failureCode: 'MEDIA_UNAVAILABLE',
    });
  });
});
