import { createHmac } from 'node:crypto';
import type { ChannelAccountsService } from '../../channel-accounts/channel-accounts.service';
import { AppConfig } from '../../config/app-config';
import { AccountCredentials } from '../account-credentials';
import type { OutboundRequest } from '../channel.adapter';
import { TwitterAdapter } from './twitter.adapter';

const CONSUMER_SECRET = 'consumer-secret-for-tests';
const noAccounts = {
  enabledExternalIds: async () => [],
  secretCandidates: async () => [],
  credentials: async () => null,
};

function adapter(env: Record<string, string> = {}): TwitterAdapter {
  return new TwitterAdapter(
    AppConfig.fromEnv({ TWITTER_CONSUMER_SECRET: CONSUMER_SECRET, ...env }),
    new AccountCredentials(noAccounts as unknown as ChannelAccountsService),
  );
}

function request(fields: Partial<OutboundRequest>): OutboundRequest {
  return {
    accountId: '1230000000000000001',
    to: '1450000000000000002',
    content: { kind: 'text', text: 'Dank u wel.' },
    replyToProviderId: null,
    idempotencyKey: 'm1',
    visibility: 'private',
    threadKey: null,
    subject: null,
    references: [],
    quote: null,
    lastInboundAt: null,
    ...fields,
  };
}

const OAUTH1 = {
  TWITTER_CONSUMER_KEY: 'consumer-key',
  TWITTER_ACCESS_TOKEN: '1230000000000000001-token',
  TWITTER_ACCESS_TOKEN_SECRET: 'token-secret',
};

describe(TwitterAdapter.name, () => {
  it("answers X's CRC with the base64 HMAC-SHA256 of the token under the consumer secret", async () => {
    const sut = adapter();
    const expected = createHmac('sha256', CONSUMER_SECRET).update('crc-token-1').digest('base64');
    expect(await sut.handshake({ crc_token: 'crc-token-1' })).toEqual({
      status: 200,
      body: { response_token: `sha256=${expected}` },
    });
    expect(await sut.handshake({})).toMatchObject({ status: 400 });
  });

  it('checks x-twitter-webhooks-signature in base64 over the raw body', async () => {
    const sut = adapter();
    const body = Buffer.from('{"for_user_id":"1","direct_message_events":[]}');
    const good = `sha256=${createHmac('sha256', CONSUMER_SECRET).update(body).digest('base64')}`;
    const hex = `sha256=${createHmac('sha256', CONSUMER_SECRET).update(body).digest('hex')}`;
    expect(await sut.verifySignature({ 'x-twitter-webhooks-signature': good }, body)).toBe(true);
    expect(await sut.verifySignature({ 'x-twitter-webhooks-signature': hex }, body)).toBe(false);
    expect(await sut.verifySignature({}, body)).toBe(false);
  });

  it('is not configured without the consumer secret or an account', async () => {
    expect(await adapter().isConfigured()).toBe(true);
    expect(await adapter({ TWITTER_CONSUMER_SECRET: '' }).isConfigured()).toBe(false);
  });

  it('limits a public reply to 280 weighted characters and leaves a DM to the API', () => {
    const sut = adapter();
    const limit = sut.textLimit('public');
    expect(limit?.max).toBe(280);
    expect(limit?.count('漢字 https://www.utrecht.nl/')).toBe(4 + 1 + 23);
    expect(sut.textLimit('private')).toBeNull();
  });

  it('refuses a template, which X does not have, without retrying', async () => {
    await expect(
      adapter({ TWITTER_ACCESS_TOKEN: 'token' }).send(
        request({ content: { kind: 'template', name: 'x', language: 'nl', parameters: [] } }),
      ),
    ).rejects.toMatchObject({ retryable: false, failureCode: 'UNSUPPORTED_MESSAGE' });
  });

  describe('talking to the X API', () => {
    let fetchMock: jest.SpiedFunction<typeof fetch>;
    const answer = (status: number, body: unknown) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    const call = (index = 0) => {
      const [url, init] = fetchMock.mock.calls[index];
      return { url: String(url), init: init as RequestInit & { headers: Record<string, string> } };
    };

    beforeEach(() => {
      fetchMock = jest.spyOn(global, 'fetch');
    });
    afterEach(() => fetchMock.mockRestore());

    it('sends a private reply as a DM to the participant, signed with OAuth 1.0a, and keeps the DM event id', async () => {
      fetchMock.mockResolvedValue(
        answer(201, { data: { dm_conversation_id: '1230000000000000001-1450000000000000002', dm_event_id: '1861' } }),
      );
      const sut = adapter(OAUTH1);
      await expect(sut.send(request({}))).resolves.toEqual({ providerMessageId: '1861' });
      const { url, init } = call();
      expect(url).toBe('https://api.x.com/2/dm_conversations/with/1450000000000000002/messages');
      expect(init.method).toBe('POST');
      expect(JSON.parse(String(init.body))).toEqual({ text: 'Dank u wel.' });
      expect(init.headers.authorization).toMatch(/^OAuth oauth_consumer_key="consumer-key", oauth_nonce="\w+"/);
      expect(init.headers['content-type']).toBe('application/json');
    });

    it('sends a public reply as a reply tweet to the question, with an OAuth 2.0 user token when no secret is set', async () => {
      fetchMock.mockResolvedValue(answer(201, { data: { id: '1862', text: 'Dank u wel.' } }));
      const sut = adapter({ TWITTER_ACCESS_TOKEN: 'oauth2-user-token' });
      await expect(
        sut.send(request({ visibility: 'public', replyToProviderId: '1860', threadKey: '1859' })),
      ).resolves.toEqual({ providerMessageId: '1862' });
      const { url, init } = call();
      expect(url).toBe('https://api.x.com/2/tweets');
      expect(JSON.parse(String(init.body))).toEqual({ text: 'Dank u wel.', reply: { in_reply_to_tweet_id: '1860' } });
      expect(init.headers.authorization).toBe('Bearer oauth2-user-token');
    });

    it('does not try to send without a token of the environment or an enabled account', async () => {
      await expect(adapter().send(request({}))).rejects.toMatchObject({
        retryable: false,
        failureCode: 'ACCOUNT_DISABLED',
      });
      expect(fetchMock).not.toHaveBeenCalled();
    });

    it("signs with the account's own token and secret, and the app's key from the environment", async () => {
      fetchMock.mockImplementation(async () => answer(201, { data: { dm_event_id: '1863' } }));
      const account = { settings: {}, secrets: { accessToken: '1230000000000000001-own', accessTokenSecret: 'own' } };
      const accounts = {
        ...noAccounts,
        credentials: async (_channel: string, id: string) => (id === '1230000000000000001' ? account : null),
      };
      const sut = new TwitterAdapter(
        AppConfig.fromEnv({ ...OAUTH1, TWITTER_CONSUMER_SECRET: CONSUMER_SECRET }),
        new AccountCredentials(accounts as unknown as ChannelAccountsService),
      );
      await sut.send(request({}));
      expect(call().init.headers.authorization).toMatch(
        /oauth_consumer_key="consumer-key".*oauth_token="1230000000000000001-own"/,
      );
      await sut.send(request({ accountId: '999' }));
      expect(call(1).init.headers.authorization).toContain('oauth_token="1230000000000000001-token"');
    });

    it("maps X's refusal to a failure the agent understands", async () => {
      fetchMock.mockResolvedValue(
        answer(403, { title: 'Forbidden', detail: 'You are not permitted to send a message to this user.' }),
      );
      await expect(adapter(OAUTH1).send(request({}))).rejects.toMatchObject({
        retryable: false,
        failureCode: 'RECIPIENT_UNAVAILABLE',
      });
    });

    it('fetches DM media from TON signed with OAuth 1.0a, or from its OAuth 2.0 endpoint, and tweet media unsigned', async () => {
      fetchMock.mockImplementation(
        async () => new Response(Buffer.from('png'), { headers: { 'content-type': 'image/png' } }),
      );
      const ton = 'https://ton.twitter.com/1.1/ton/data/dm/1861/1870/a1B2.jpg';
      await adapter(OAUTH1).fetchMedia('1', ton, 1000);
      expect(call(0).url).toBe(ton);
      expect(call(0).init.headers.authorization).toMatch(/^OAuth /);
      await adapter({ TWITTER_ACCESS_TOKEN: 'oauth2-user-token' }).fetchMedia('1', ton, 1000);
      expect(call(1).url).toBe('https://api.x.com/2/dm_conversations/media/1861/1870/a1B2.jpg');
      expect(call(1).init.headers.authorization).toBe('Bearer oauth2-user-token');
      await adapter(OAUTH1).fetchMedia('1', 'https://pbs.twimg.com/media/Foto1.jpg', 1000);
      expect(call(2).init.headers.authorization).toBeUndefined();
    });
  });
});
