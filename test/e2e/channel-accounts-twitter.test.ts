import type { ChannelAccountDto, MessageDto } from '@ingang/shared';
import { FakeX } from '../providers/fake-x';
import { startServer, type ServerHandle } from '../support/server-process';
import { connectSocket, recordEvents, type EventRecorder, type IngangSocket } from '../support/socket-client';
import {
  crcCheck,
  crcResponseToken,
  directMessage,
  newSnowflake,
  newXCredentials,
  newXUser,
  postTwitterWebhook,
  TEST_X_ACCOUNT,
} from '../support/x-webhooks';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('An X account entered as a channel account, with no X settings in the environment (real server)', () => {
  // The app's keys and the account's token, as the administrator copied them from the developer portal.
  const credentials = newXCredentials(TEST_X_ACCOUNT);
  let fake: FakeX;
  let server: ServerHandle;
  let token: string;
  let socket: IngangSocket;
  let events: EventRecorder;

  const messageCreated = (text: string) => events.waitFor('message.created', (m) => m.preview.includes(text), 10_000);

  beforeAll(async () => {
    // The fake X checks every OAuth 1.0a signature against exactly these credentials.
    fake = await FakeX.start({ auth: { oauth1: credentials }, account: TEST_X_ACCOUNT, echoDelayMs: 50 });
    server = await startServer({ TWITTER_API_BASE: fake.baseUrl });
    fake.setWebhook({ url: `${server.baseUrl}/webhooks/twitter`, consumerSecret: credentials.consumerSecret });
    token = await server.login();
    socket = await connectSocket(server.baseUrl, token);
    events = recordEvents(socket);
  });

  afterAll(async () => {
    socket?.disconnect();
    await server?.stop();
    await fake?.close();
  });

  it('has no X webhook before the account is entered', async () => {
    expect((await crcCheck(server.baseUrl, 'Y3JjLWJlZm9yZQ')).status).toBe(404);
  });

  it("answers X's CRC with the account's consumer secret once it is entered", async () => {
    const created = await server.api<ChannelAccountDto>('/api/admin/channel-accounts', {
      token,
      body: { channel: 'twitter', externalId: TEST_X_ACCOUNT.id, name: 'X @gemeenteutrecht', secrets: credentials },
    });
    expect(created.status).toBe(201);
    const response = await crcCheck(server.baseUrl, 'Y3JjLWFmdGVy');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      response_token: crcResponseToken('Y3JjLWFmdGVy', credentials.consumerSecret),
    });
  });

  it("takes a DM signed with the account's consumer secret, refuses one signed with another, and answers with its OAuth 1.0a signature", async () => {
    const who = newXUser('Inwoner van Utrecht', 'inwoner_x');
    const refused = await postTwitterWebhook(server.baseUrl, directMessage('Ongetekend', { from: who }), 'other');
    expect(refused.status).toBe(401);

    const conversation = events.waitFor('conversation.created', (c) => c.contact.handle === who.id, 10_000);
    expect((await fake.deliver(directMessage('Waar kan ik een gevonden fiets melden?', { from: who }))).status).toBe(
      200,
    );
    expect(await conversation).toMatchObject({ channel: 'twitter', channelAccountId: TEST_X_ACCOUNT.id });

    const answer = await server.api<MessageDto>(`/api/conversations/${(await conversation).id}/reply`, {
      method: 'POST',
      token,
      body: { text: 'Bij het fietsdepot, via de website.' },
    });
    expect(answer.status).toBe(202);
    const sent = await fake.waitForSent((s) => s.body.text === 'Bij het fietsdepot, via de website.');
    expect(sent).toMatchObject({ kind: 'dm', participantId: who.id, authScheme: 'oauth1' });
    expect(sent.authorization).toContain(`oauth_token="${encodeURIComponent(credentials.accessToken)}"`);
    await events.waitFor('message.updated', (m) => m.id === answer.body.id && m.delivery?.status === 'sent', 10_000);
  });

  it("fetches a DM photo with the account's OAuth 1.0a signature", async () => {
    const who = newXUser('Inwoner met foto', 'inwoner_foto');
    const dmId = newSnowflake();
    const mediaUrl = fake.addDmMedia(dmId, 'image/png', PNG);
    expect(
      (await fake.deliver(directMessage('Hier ligt het afval', { from: who, id: dmId, media: { mediaUrl } }))).status,
    ).toBe(200);
    const message = await messageCreated('Hier ligt het afval');
    await events.waitFor(
      'message.updated',
      (m) => m.id === message.id && m.attachments[0]?.status === 'stored',
      10_000,
    );
    expect(fake.requests.find((r) => r.path === new URL(mediaUrl).pathname)?.authorization).toContain(
      `oauth_token="${encodeURIComponent(credentials.accessToken)}"`,
    );
  });
});
